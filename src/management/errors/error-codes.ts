/**
 * Codes of the errors raised on this side of the wire. Errors answered by the service keep the
 * service's own `<Error><Code>` (e.g. `ResourceNotFound`, `ForbiddenError`).
 */
export const MANAGEMENT_ERROR_CODES = {
  CertificateMissingKey: 'CertificateMissingKey',
  CertificateKeyMismatch: 'CertificateKeyMismatch',
  CertificatePasswordRequired: 'CertificatePasswordRequired',
  CertificateWrongPassword: 'CertificateWrongPassword',
  CertificateInvalid: 'CertificateInvalid',
  CertificateUnsupportedKey: 'CertificateUnsupportedKey',
  CertificateExpired: 'CertificateExpired',
  CertificateNotYetValid: 'CertificateNotYetValid',
  PublishSettingsInvalid: 'PublishSettingsInvalid',
  SubscriptionNotInPublishSettings: 'SubscriptionNotInPublishSettings',
  InvalidArgument: 'InvalidArgument',
  ConnectionFailed: 'ConnectionFailed',
  ConnectionReset: 'ConnectionReset',
  ServerCertificateUntrusted: 'ServerCertificateUntrusted',
  ClientCertificateRejected: 'ClientCertificateRejected',
  RequestTimeout: 'RequestTimeout',
  Aborted: 'Aborted',
  TooManyRedirects: 'TooManyRedirects',
  HttpError: 'HttpError',
  MalformedResponse: 'MalformedResponse',
  OperationFailed: 'OperationFailed',
  OperationTimeout: 'OperationTimeout',
} as const;

export type ManagementErrorCode = (typeof MANAGEMENT_ERROR_CODES)[keyof typeof MANAGEMENT_ERROR_CODES];
