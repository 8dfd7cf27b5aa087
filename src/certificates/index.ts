/**
 * Management certificates for the bot and the CLI: from Key Vault or files, cached per binding,
 * with errors a person can act on; and the Key Vault SecretStore for generated secrets.
 */
export type { CertificateSource, CachingCertificateSource, CertificateGetOptions } from './certificate-source.ts';
export { CertificateSourceError, isCertificateSourceError, CERTIFICATE_SOURCE_ERROR_CODES, type CertificateSourceErrorCode } from './certificate-source-error.ts';
export { createFileCertificateSource, loadCertificateFile, type FileCertificateSourceOptions, type LoadCertificateFileOptions } from './file-certificate-source.ts';
export { createKeyVaultCertificateSource, createUncachedKeyVaultCertificateSource, DEFAULT_CERTIFICATE_CACHE_TTL_MS, type KeyVaultCertificateSourceOptions } from './key-vault-certificate-source.ts';
export { createCachingCertificateSource, type CachingOptions } from './caching-certificate-source.ts';
export type { KeyVaultConnectionOptions } from './key-vault-client.ts';
export { createKeyVaultSecretStore, type KeyVaultSecretStoreOptions } from './key-vault-secret-store.ts';
export { KeyVaultSecretError, KEY_VAULT_SECRET_ERROR_CODES, type KeyVaultSecretErrorCode } from './key-vault-secret-error.ts';
export { localKeyVaultOptions, type LocalKeyVaultOptions } from './local-key-vault.ts';
