import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, type CertificateSourceErrorCode } from './certificate-source-error.ts';

/** Where the certificate came from, which changes what a person should do about a bad one. */
export type CertificateOrigin = 'file' | 'key-vault';

const IMPORT = 'az keyvault certificate import --vault-name <vault> --name <secret> --file <cert.pfx> [--password <pfx password>]';

const COMMON: Partial<Record<CertificateSourceErrorCode, string>> = {
  [CODES.Invalid]: 'Use a PEM with the certificate and its private key, a PFX (.pfx/.p12), or a .publishsettings file.',
  [CODES.MissingKey]: 'Export the management certificate together with its private key.',
  [CODES.KeyMismatch]: 'Use the private key that was generated with this certificate.',
  [CODES.UnsupportedKey]: 'Create a management certificate with an RSA key.',
  [CODES.NotYetValid]: "Check this machine's clock, or wait until the certificate becomes valid.",
  [CODES.PublishSettingsInvalid]: 'Download a fresh .publishsettings file for the subscription.',
  [CODES.SubscriptionMismatch]: 'Use the publish settings of that subscription, or one of the subscriptions the file lists.',
  [CODES.SeveralSubscriptions]: 'Say which subscription to use (for the CLI: --subscription <id> or ASM_SUBSCRIPTION_ID).',
};

const FILE: Partial<Record<CertificateSourceErrorCode, string>> = {
  [CODES.FileNotReadable]: 'Check the path, and that this user may read the file.',
  [CODES.PasswordRequired]: 'Give the password of the file (for the CLI: --cert-password or ASM_CERT_PASSWORD).',
  [CODES.WrongPassword]: 'Check the password (for the CLI: --cert-password or ASM_CERT_PASSWORD).',
  [CODES.Expired]: 'Create a new management certificate, upload its .cer to the subscription, and use the new one.',
};

const KEY_VAULT: Partial<Record<CertificateSourceErrorCode, string>> = {
  [CODES.PasswordRequired]: `Key Vault certificates carry no password: import the PFX as a certificate, which stores it without one (${IMPORT}).`,
  [CODES.WrongPassword]: `Key Vault certificates carry no password: import the PFX as a certificate, which stores it without one (${IMPORT}).`,
  [CODES.Expired]: `Import a renewed management certificate under the same name (a new version: ${IMPORT}) and upload its .cer to the subscription.`,
  [CODES.Invalid]: `Import the management certificate with its private key as a Key Vault certificate (${IMPORT}).`,
  [CODES.MissingKey]: 'Import the certificate with an exportable private key: a non-exportable key never leaves the vault.',
  [CODES.SecretNotFound]: `Import the management certificate under that name (${IMPORT}), or correct the certificate name of the channel's binding.`,
  [CODES.SecretDisabled]: 'Enable the current version of the certificate (or secret) in the vault, or import a new version.',
  [CODES.WrongContentType]: 'Keep the management certificate as a Key Vault certificate (application/x-pkcs12 or application/x-pem-file), or as a secret holding PEM text or a .publishsettings file.',
  [CODES.VaultUnreachable]: 'Check the vault URL setting and that this app can reach the vault (network rules, private endpoint); the next attempt reads it again.',
  [CODES.VaultAuthenticationFailed]: 'Check the identity: enable a managed identity on the Function app (for a user-assigned one, set AZURE_CLIENT_ID to its client id), or sign in with `az login` locally.',
};

export function hintFor(code: CertificateSourceErrorCode, origin: CertificateOrigin): string {
  const own = origin === 'file' ? FILE[code] : KEY_VAULT[code];
  return own ?? COMMON[code] ?? 'Check the management certificate and the subscription id.';
}
