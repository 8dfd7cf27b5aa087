import type { JobBinding } from '../jobs/index.ts';
import type { ManagementCertificate } from '../management/index.ts';
import { createCachingCertificateSource } from './caching-certificate-source.ts';
import { hintFor } from './certificate-hints.ts';
import type { CachingCertificateSource, CertificateSource } from './certificate-source.ts';
import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, CertificateSourceError } from './certificate-source-error.ts';
import { decodeCertificate, type CertificateFormat } from './decode-certificate.ts';
import { keyVaultFailure } from './key-vault-failure.ts';
import { lazySecretClient, type KeyVaultConnectionOptions } from './key-vault-client.ts';

export interface KeyVaultCertificateSourceOptions extends KeyVaultConnectionOptions {
  /** How long a certificate is kept per binding (default 5 minutes; 0: read every time). */
  readonly cacheTtlMs?: number;
  /** Clock for the validity check and the cache. */
  readonly now?: () => Date;
}

export const DEFAULT_CERTIFICATE_CACHE_TTL_MS = 5 * 60 * 1000;
const SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;
const PKCS12 = 'application/x-pkcs12';
const PEM = 'application/x-pem-file';
// A plain secret (no content type, or one of these) may hold PEM text or publish settings.
const PLAIN = new Set(['', 'text/plain', 'application/xml', 'text/xml', 'application/x-publishsettings']);

interface Secret {
  readonly value?: string;
  readonly contentType?: string;
}

function formatOf(secret: Secret, where: string): CertificateFormat {
  const type = (secret.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === PKCS12) return 'pfx';
  if (type === PEM) return 'pem';
  const value = secret.value ?? '';
  if (PLAIN.has(type)) {
    if (/<PublishData[\s>]/.test(value)) return 'publishsettings';
    if (value.includes('-----BEGIN')) return 'pem';
  }
  const what = PLAIN.has(type) ? `holds neither PEM text nor publish settings${type ? ` (content type ${type})` : ''}` : `has the content type ${type}`;
  throw new CertificateSourceError({
    code: CODES.WrongContentType,
    message: `The ${where} ${what}; a management certificate is expected (${PKCS12}, ${PEM}, or a plain secret holding PEM or publish settings).`,
    hint: hintFor(CODES.WrongContentType, 'key-vault'),
  });
}

/** Turns a secret's value into a checked certificate, by its content type. */
export function certificateFromSecret(secret: Secret, binding: JobBinding, where: string, now?: () => Date): ManagementCertificate {
  const format = formatOf(secret, where);
  const value = secret.value ?? '';
  const bytes = format === 'pfx' ? Buffer.from(value, 'base64') : Buffer.from(value, 'utf8');
  return decodeCertificate({
    bytes, format, origin: 'key-vault', subscriptionId: binding.subscriptionId, where: `${where[0]?.toUpperCase()}${where.slice(1)}: `,
    ...(now === undefined ? {} : { now }),
  });
}

/** Reads `binding.certificate` as a secret name, without caching. */
export function createUncachedKeyVaultCertificateSource(options: KeyVaultCertificateSourceOptions): CertificateSource {
  const client = lazySecretClient(options);
  const vaultUrl = options.vaultUrl.replace(/\/+$/, '');
  return {
    async get(binding, { abortSignal } = {}) {
      const name = binding.certificate;
      const where = `secret ${name} in ${vaultUrl}`;
      if (!SECRET_NAME.test(name)) {
        throw new CertificateSourceError({
          code: CODES.SecretNotFound,
          message: `"${name}" is not a Key Vault secret name (1-127 letters, digits and hyphens), so the vault cannot hold it.`,
          hint: hintFor(CODES.SecretNotFound, 'key-vault'),
        });
      }
      let secret: Secret;
      try {
        const read = await (await client()).getSecret(name, abortSignal === undefined ? {} : { abortSignal });
        secret = { ...(read.value === undefined ? {} : { value: read.value }), ...(read.properties.contentType === undefined ? {} : { contentType: read.properties.contentType }) };
      } catch (error) {
        throw keyVaultFailure(error, name, vaultUrl);
      }
      return certificateFromSecret(secret, binding, where, options.now);
    },
  };
}

/**
 * Management certificates from Key Vault: a Key Vault certificate read through its secret
 * (PKCS#12 without password, or PEM), or a plain secret holding PEM or publish settings. Kept per
 * binding for `cacheTtlMs`; `invalidate(binding)` when the service rejects the certificate.
 */
export function createKeyVaultCertificateSource(options: KeyVaultCertificateSourceOptions): CachingCertificateSource {
  return createCachingCertificateSource(createUncachedKeyVaultCertificateSource(options), {
    ttlMs: options.cacheTtlMs ?? DEFAULT_CERTIFICATE_CACHE_TTL_MS,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}
