import { MANAGEMENT_ERROR_CODES } from './error-codes.ts';
import { ManagementError } from './management-error.ts';

export interface NetworkFailureContext {
  /** The URL (origin) that was being contacted. */
  endpoint: string;
  certificateThumbprint?: string;
}

const SERVER_CERTIFICATE_CODES: ReadonlySet<string> = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT',
]);
const UNKNOWN_HOST_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL']);
const RESET_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED',
]);
const CLIENT_CERTIFICATE_ALERT = /ALERT_(CERTIFICATE|BAD_CERTIFICATE|UNKNOWN_CA|ACCESS_DENIED|HANDSHAKE_FAILURE|UNSUPPORTED_CERTIFICATE|DECRYPT_ERROR)/;
const HANDSHAKE_CLOSED = /before secure TLS connection was established/i;

/** Turns a socket/TLS failure into a ManagementError that says what to check; keeps it as `cause`. */
export function errorFromNetworkFailure(cause: unknown, context: NetworkFailureContext): ManagementError {
  const codes = collectCodes(cause);
  const messages = collectMessages(cause);
  const where = context.endpoint;
  const make = (code: string, message: string, isRetryable: boolean) =>
    new ManagementError({ code, message, isRetryable, cause, details: { endpoint: where } });

  const serverCode = codes.find((c) => SERVER_CERTIFICATE_CODES.has(c));
  if (serverCode !== undefined) {
    return make(MANAGEMENT_ERROR_CODES.ServerCertificateUntrusted, describeServerCertificate(serverCode, where), false);
  }
  if (codes.some((c) => CLIENT_CERTIFICATE_ALERT.test(c)) || messages.some((m) => HANDSHAKE_CLOSED.test(m))) {
    return clientCertificateRejected(cause, context);
  }
  const sslCode = codes.find((c) => c.startsWith('ERR_SSL_'));
  if (sslCode !== undefined) {
    return make(MANAGEMENT_ERROR_CODES.ConnectionFailed, `The TLS handshake with ${where} failed (${sslCode}). Check that the endpoint URL is the HTTPS address of the Service Management API.`, false);
  }
  const unknownHost = codes.find((c) => UNKNOWN_HOST_CODES.has(c));
  if (unknownHost !== undefined) {
    return make(MANAGEMENT_ERROR_CODES.ConnectionFailed, `The host of ${where} could not be resolved (${unknownHost}). Check the endpoint URL.`, false);
  }
  const unreachable = codes.find((c) => UNREACHABLE_CODES.has(c));
  if (unreachable !== undefined) {
    return make(MANAGEMENT_ERROR_CODES.ConnectionFailed, `Could not connect to ${where} (${unreachable}). Check the endpoint URL, your network, and that the emulator is running if you use it.`, true);
  }
  const reset = codes.find((c) => RESET_CODES.has(c));
  if (reset !== undefined) {
    return make(MANAGEMENT_ERROR_CODES.ConnectionReset, `The connection to ${where} was closed before the response arrived (${reset}).`, true);
  }
  const first = messages[0] ?? String(cause);
  return make(MANAGEMENT_ERROR_CODES.ConnectionFailed, `The request to ${where} failed: ${first}`, false);
}

/** The server turned the client certificate down, during the handshake or right after it (TLS 1.3). */
export function clientCertificateRejected(cause: unknown, context: NetworkFailureContext): ManagementError {
  const thumbprint = context.certificateThumbprint === undefined ? '' : ` (thumbprint ${context.certificateThumbprint})`;
  return new ManagementError({
    code: MANAGEMENT_ERROR_CODES.ClientCertificateRejected,
    message: `${context.endpoint} rejected the TLS handshake: the client certificate${thumbprint} was not accepted. Check that this management certificate is uploaded to the subscription (for the emulator: that the emulator trusts it).`,
    isRetryable: false,
    cause,
    details: { endpoint: context.endpoint },
  });
}

function describeServerCertificate(code: string, where: string): string {
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return `The server certificate of ${where} is outside its validity period (${code}). Check the server's certificate and this machine's clock.`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `The server certificate of ${where} does not name this host (${code}). Use the host name the certificate was issued for.`;
  }
  return `The server certificate of ${where} is not trusted (${code}). If this is the emulator or a private endpoint, pass its CA certificate as \`ca\` (for the emulator: its ca.pem).`;
}

function collectCodes(error: unknown): string[] {
  return walkCauses(error).flatMap((e) => {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? [code] : [];
  });
}

function collectMessages(error: unknown): string[] {
  return walkCauses(error).flatMap((e) => (e instanceof Error && e.message !== '' ? [e.message] : []));
}

function walkCauses(error: unknown): object[] {
  const seen: object[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.includes(current) && seen.length < 8) {
    seen.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return seen;
}
