/** A Key Vault stand-in: the secrets REST API over HTTPS, with the bearer challenge, for the real SecretClient. */
export { startKeyVault, DEFAULT_TOKEN, type StartKeyVaultOptions, type RunningKeyVault } from './start-key-vault.ts';
export type { KeyVaultAdmin, KeyVaultRequestRecord, AccessDenial, SeedSecretOptions, SeededSecret } from './admin.ts';
export type { CertificateImport, CertificateContentType, ImportOptions } from './certificate-import.ts';
