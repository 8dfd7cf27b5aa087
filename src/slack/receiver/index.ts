export { AzureFunctionsReceiver, type AzureFunctionsHandler, type AzureFunctionsReceiverOptions, type InvocationCustomProperties } from './azure-functions-receiver.ts';
export { ReplayGuard, type ReplayGuardOptions } from './replay-guard.ts';
export { checkSignature, MAX_SKEW_SECONDS, type SignatureCheck } from './signature-check.ts';
export { parseRequestBody, isSslCheck, type ParsedBody } from './request-body.ts';
