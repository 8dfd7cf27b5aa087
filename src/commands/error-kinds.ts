import type { CommandErrorKind } from './command-error.ts';
import type { ErrorInfo } from './plan/outcome.ts';
import { toErrorInfo } from './plan/error-info.ts';
import { hintForMessage } from './views/error-hints.ts';

const AUTH_CODES = new Set([
  'ForbiddenError', 'AuthenticationFailed', 'ClientCertificateRejected', 'ServerCertificateUntrusted', 'SubscriptionDisabled',
  'CertificateMissingKey', 'CertificateKeyMismatch', 'CertificatePasswordRequired', 'CertificateWrongPassword',
  'CertificateInvalid', 'CertificateUnsupportedKey', 'CertificateExpired', 'CertificateNotYetValid', 'PublishSettingsInvalid',
  'SubscriptionNotInPublishSettings',
]);

/** What to do about the service's and the transport's errors; the core's own messages already say why. */
const HINTS: Readonly<Record<string, string>> = {
  ForbiddenError: 'Upload this management certificate (.cer) to the subscription, or use a certificate that is registered with it.',
  AuthenticationFailed: 'Check that the certificate is registered with this subscription id.',
  ClientCertificateRejected: 'Use the management certificate registered with the subscription (--cert).',
  ServerCertificateUntrusted: 'Trust the server certificate: pass its CA with --ca (for the local emulator: .local/emulator/ca.pem).',
  ResourceNotFound: 'Check the name (the `list` command of its kind shows what exists).',
  ConflictError:
    'Something with that name exists already or is busy with another operation: wait for it (`op show`) or pick another name.',
  BadRequest: 'The service refused the values: check them against `--help`.',
  TooManyRequests: 'The service is throttling: wait a minute and retry.',
  ServiceUnavailable: 'The service is unavailable: retry in a few minutes.',
  InternalError: 'The service failed: retry; if it persists, check the service health.',
  ConnectionFailed:
    'Check the endpoint (--endpoint / ASM_ENDPOINT) and the network; for the local emulator, start it with `npm start`.',
  ConnectionReset: 'The connection dropped: retry.',
  RequestTimeout: 'The service did not answer in time: retry, or raise --timeout.',
  OperationTimeout: 'The operation may still finish: follow it with `op show <request-id>`.',
  OperationFailed: 'The operation failed on the service side: read the message, fix the cause, and retry.',
  Aborted: 'The command was interrupted; anything already submitted may still complete (`op show`).',
};

export interface ClassifiedError {
  readonly info: ErrorInfo & { readonly hint: string };
  /** usage → exit 2, auth → exit 3, service → exit 1. */
  readonly kind: CommandErrorKind;
}

export function kindOfCode(code: string, statusCode?: number): CommandErrorKind {
  if (AUTH_CODES.has(code) || code.startsWith('Certificate') || statusCode === 401 || statusCode === 403) return 'auth';
  if (code === 'InvalidArgument') return 'usage';
  return 'service';
}

/** Any failure (CommandError, ManagementError, ErrorInfo, anything thrown) as info + hint + kind. */
export function classifyError(error: unknown): ClassifiedError {
  // The kind decides the exit code; it stays out of `info`, which is what outputs show.
  const { kind: said, ...raw } = toErrorInfo(error);
  // Node's own abort (a timer or fetch cut short by the signal) is the same interrupt as the core's `Aborted`.
  const info = raw.code === 'ABORT_ERR' ? { ...raw, code: 'Aborted' } : raw;
  const kind = said ?? kindOfCode(info.code, info.statusCode);
  const fallback = kind === 'auth'
    ? 'Check the certificate and the subscription id.'
    : 'Retry; if it keeps failing, check the message above.';
  const hint = info.hint ?? hintForMessage(info.code, info.message) ?? HINTS[info.code] ?? fallback;
  return { info: { ...info, hint }, kind };
}
