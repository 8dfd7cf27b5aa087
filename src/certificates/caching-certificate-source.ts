import type { JobBinding } from '../jobs/index.ts';
import type { ManagementCertificate } from '../management/index.ts';
import type { CachingCertificateSource, CertificateSource } from './certificate-source.ts';

export interface CachingOptions {
  /** How long a certificate is kept per binding; 0 reads it every time. */
  readonly ttlMs: number;
  readonly now?: () => Date;
}

interface Entry {
  readonly certificate: Promise<ManagementCertificate>;
  readonly expiresAt: number;
}

const keyOf = (binding: JobBinding) => `${binding.subscriptionId.toLowerCase()}\n${binding.certificate}`;

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((done, fail) => {
    const onAbort = () => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(done, fail).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Keeps each binding's certificate for `ttlMs` (never past the certificate's own expiry). Callers
 * asking at once share one read; a failed read is not kept. `invalidate` forgets a binding's
 * certificate, so the next `get` reads the source again (a rotated certificate is picked up).
 */
export function createCachingCertificateSource(source: CertificateSource, options: CachingOptions): CachingCertificateSource {
  const now = () => (options.now?.() ?? new Date()).getTime();
  const entries = new Map<string, Entry>();
  return {
    get(binding, { abortSignal } = {}) {
      const key = keyOf(binding);
      const cached = entries.get(key);
      if (cached !== undefined && now() < cached.expiresAt) return abortable(cached.certificate, abortSignal);
      // The shared read is not tied to one caller's signal: another caller may still want it.
      const certificate = source.get(binding);
      const entry: Entry = { certificate, expiresAt: now() + options.ttlMs };
      if (options.ttlMs > 0) entries.set(key, entry);
      certificate.then(
        (loaded) => {
          if (entries.get(key) === entry && loaded.notAfter.getTime() < entry.expiresAt) {
            entries.set(key, { certificate, expiresAt: loaded.notAfter.getTime() });
          }
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return abortable(certificate, abortSignal);
    },
    invalidate(binding) {
      entries.delete(keyOf(binding));
    },
  };
}
