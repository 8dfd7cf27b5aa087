/** Stable codes: a caller may branch on them, and a person can look them up. */
export const CERTIFICATE_SOURCE_ERROR_CODES = {
  /** The vault did not answer (network, DNS, TLS, 5xx after retries). Retry later. */
  VaultUnreachable: 'KeyVaultUnreachable',
  /** No token could be obtained, or the vault refused it (401). */
  VaultAuthenticationFailed: 'KeyVaultAuthenticationFailed',
  /** 403: the identity lacks a role (RBAC) or an access policy. */
  NoPermission: 'KeyVaultForbidden',
  SecretNotFound: 'CertificateSecretNotFound',
  SecretDisabled: 'CertificateSecretDisabled',
  WrongContentType: 'CertificateContentTypeUnsupported',
  FileNotReadable: 'CertificateFileNotReadable',
  PasswordRequired: 'CertificatePasswordRequired',
  WrongPassword: 'CertificateWrongPassword',
  Expired: 'CertificateExpired',
  NotYetValid: 'CertificateNotYetValid',
  /** Publish settings that do not hold the binding's (or the asked) subscription. */
  SubscriptionMismatch: 'SubscriptionNotInPublishSettings',
  /** Publish settings with several subscriptions, and none chosen. */
  SeveralSubscriptions: 'PublishSettingsSeveralSubscriptions',
  Invalid: 'CertificateInvalid',
  MissingKey: 'CertificateMissingKey',
  KeyMismatch: 'CertificateKeyMismatch',
  UnsupportedKey: 'CertificateUnsupportedKey',
  PublishSettingsInvalid: 'PublishSettingsInvalid',
} as const;

export type CertificateSourceErrorCode = (typeof CERTIFICATE_SOURCE_ERROR_CODES)[keyof typeof CERTIFICATE_SOURCE_ERROR_CODES];

export interface CertificateSourceErrorInit {
  readonly code: CertificateSourceErrorCode;
  /** What went wrong; never key material, passwords, tokens or secret values. */
  readonly message: string;
  /** What to do next. */
  readonly hint: string;
  /** The vault's HTTP status, when the vault answered. */
  readonly statusCode?: number;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

/** The one error of `src/certificates`: a management certificate could not be had. */
export class CertificateSourceError extends Error {
  override readonly name = 'CertificateSourceError';
  readonly code: CertificateSourceErrorCode;
  readonly hint: string;
  readonly statusCode?: number;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(init: CertificateSourceErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.hint = init.hint;
    if (init.statusCode !== undefined) this.statusCode = init.statusCode;
    if (init.details !== undefined) this.details = init.details;
  }
}

export function isCertificateSourceError(value: unknown): value is CertificateSourceError {
  return value instanceof CertificateSourceError
    || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'CertificateSourceError');
}
