/**
 * The Slack bot: a Bolt app on an Azure Functions receiver, the `/asm` listeners, policy, cards and audit.
 */
export { createSlackApp, type SlackApp, type SlackAppOptions } from './app.ts';
export { createSlackFunctionHandler, enqueueVia, type SlackFunctionOptions } from './functions-handler.ts';
export { AzureFunctionsReceiver, type AzureFunctionsHandler, type AzureFunctionsReceiverOptions, type InvocationCustomProperties } from './receiver/index.ts';
export { registerListeners, decide, parseJobCommand, type ListenerDeps } from './listeners/index.ts';
export { createLogger, type LogSink } from './logger.ts';
