import type { JobBinding } from '../jobs/index.ts';
import type { ManagementCertificate } from '../management/index.ts';

export interface CertificateGetOptions {
  readonly abortSignal?: AbortSignal;
}

/**
 * Where a subscription's management certificate comes from. `binding.certificate` names it (a Key
 * Vault secret, a file); `binding.subscriptionId` picks it out of publish settings. Failures are
 * CertificateSourceError.
 */
export interface CertificateSource {
  get(binding: JobBinding, options?: CertificateGetOptions): Promise<ManagementCertificate>;
}

/** A source that keeps certificates for a while; `invalidate` forgets one at once (e.g. the service rejected it). */
export interface CachingCertificateSource extends CertificateSource {
  invalidate(binding: JobBinding): void;
}
