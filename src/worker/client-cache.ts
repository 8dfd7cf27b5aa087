import type { CachingCertificateSource } from '../certificates/index.ts';
import type { JobBinding } from '../jobs/index.ts';
import { ServiceManagementClient, type RetryOptions } from '../management/index.ts';
import { isCertificateRejection } from './certificate-rejection.ts';
import type { WorkerLogger } from './types.ts';

/** The operation groups of a ServiceManagementClient; a bound client forwards exactly these. */
const GROUPS = new Set([
  'subscription', 'locations', 'hostedServices', 'serviceCertificates', 'deployments', 'storageAccounts',
  'affinityGroups', 'operatingSystems', 'osImages', 'vmImages', 'virtualMachines', 'operations',
]);

interface Entry {
  readonly thumbprint: string;
  readonly client: ServiceManagementClient;
  inFlight: number;
  retired: boolean;
}

export interface ClientCacheOptions {
  readonly certificates: CachingCertificateSource;
  readonly ca?: string;
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions;
  readonly logger: WorkerLogger;
}

export interface ClientCache {
  /**
   * A client for the binding's subscription. Each call goes to the instance's kept-alive client for
   * the current certificate; a call the service refuses for its certificate makes the cache read the
   * certificate again (once, shared by every call refused meanwhile) and is sent again when it changed.
   */
  clientFor(binding: JobBinding, options?: { readonly abortSignal?: AbortSignal }): Promise<ServiceManagementClient>;
  /** Clients made so far (a new one per subscription and certificate). */
  readonly created: () => number;
  close(): Promise<void>;
}

const keyOf = (b: JobBinding) => `${b.subscriptionId.toLowerCase()}\n${b.certificate}\n${b.endpoint ?? ''}`;

export function createClientCache(options: ClientCacheOptions): ClientCache {
  const entries = new Map<string, Entry>();
  const refreshing = new Map<string, Promise<Entry>>();
  const bound = new Map<string, ServiceManagementClient>();
  const closing = new Set<Promise<void>>();
  let created = 0;

  const retire = (entry: Entry) => {
    entry.retired = true;
    if (entry.inFlight > 0) return;
    const done = entry.client.close().catch(() => undefined).finally(() => closing.delete(done));
    closing.add(done);
  };

  /** The client for the current certificate: a new one (and the old one closed once idle) when it changed. */
  async function current(binding: JobBinding, abortSignal?: AbortSignal): Promise<Entry> {
    const certificate = await options.certificates.get(binding, abortSignal ? { abortSignal } : {});
    const key = keyOf(binding);
    const known = entries.get(key);
    if (known !== undefined && known.thumbprint === certificate.thumbprint) return known;
    const entry: Entry = {
      thumbprint: certificate.thumbprint, inFlight: 0, retired: false,
      client: new ServiceManagementClient({
        subscriptionId: binding.subscriptionId, certificate,
        ...(binding.endpoint ? { endpoint: binding.endpoint } : {}),
        ...(options.ca ? { ca: options.ca } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
      }),
    };
    created += 1;
    entries.set(key, entry);
    if (known !== undefined) {
      options.logger.info('Management certificate changed; the subscription\'s client is replaced.', { subscriptionId: binding.subscriptionId, thumbprint: certificate.thumbprint });
      retire(known);
    }
    return entry;
  }

  /** After a rejection: read the certificate again once for all callers refused with `stale`. */
  function refresh(binding: JobBinding, stale: Entry): Promise<Entry> {
    const key = keyOf(binding);
    const now = entries.get(key);
    if (now !== undefined && now !== stale) return Promise.resolve(now);
    let pending = refreshing.get(key);
    if (pending === undefined) {
      options.certificates.invalidate(binding);
      pending = current(binding).finally(() => refreshing.delete(key));
      refreshing.set(key, pending);
    }
    return pending;
  }

  async function use<T>(entry: Entry, call: (client: ServiceManagementClient) => Promise<T>): Promise<T> {
    entry.inFlight += 1;
    try {
      return await call(entry.client);
    } finally {
      entry.inFlight -= 1;
      if (entry.retired && entry.inFlight === 0) retire(entry);
    }
  }

  async function run<T>(binding: JobBinding, call: (client: ServiceManagementClient) => Promise<T>): Promise<T> {
    const entry = await current(binding);
    try {
      return await use(entry, call);
    } catch (error) {
      if (!isCertificateRejection(error)) throw error;
      const fresh = await refresh(binding, entry);
      if (fresh.thumbprint === entry.thumbprint) throw error;
      options.logger.warn('The service refused the management certificate; sent again with the one now in Key Vault.', { subscriptionId: binding.subscriptionId });
      return use(fresh, call);
    }
  }

  function bind(binding: JobBinding): ServiceManagementClient {
    const group = (name: string) => new Proxy({}, {
      get: (_target, method) => (typeof method !== 'string' ? undefined
        : (...args: unknown[]) => run(binding, (client) => (client as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>)[name]![method]!(...args))),
    });
    const groups = new Map([...GROUPS].map((name) => [name, group(name)]));
    return new Proxy({}, {
      get: (_target, prop) => {
        if (prop === 'subscriptionId') return binding.subscriptionId;
        return typeof prop === 'string' ? groups.get(prop) : undefined;
      },
    }) as ServiceManagementClient;
  }

  return {
    async clientFor(binding, callOptions = {}) {
      await current(binding, callOptions.abortSignal);
      const key = keyOf(binding);
      let client = bound.get(key);
      if (client === undefined) bound.set(key, (client = bind(binding)));
      return client;
    },
    created: () => created,
    async close() {
      for (const entry of entries.values()) retire(entry);
      entries.clear();
      await Promise.all([...closing]);
    },
  };
}
