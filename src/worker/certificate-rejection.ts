/**
 * Whether the management service turned the client certificate down: during the TLS handshake
 * (`ClientCertificateRejected`) or with 403 `ForbiddenError` (not registered with the subscription).
 * Either way the service did nothing with the request, so it may be sent again with another certificate.
 */
export function isCertificateRejection(error: unknown): boolean {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  if (code === 'ClientCertificateRejected') return true;
  return code === 'ForbiddenError' && (statusCode === 403 || statusCode === undefined);
}
