import type { JobStore } from '../jobs/store.ts';

/**
 * A job store made on first use: the Slack function loads `@azure/data-tables` only when a command
 * needs the job table (`/asm jobs`, `job show`, `job cancel`, a click), never to acknowledge a new one.
 * A failed load is not kept: the next call tries again.
 */
export function lazyJobStore(load: () => Promise<JobStore>): JobStore {
  let store: Promise<JobStore> | undefined;
  const ready = () => (store ??= load().catch((error: unknown) => {
    store = undefined;
    throw error;
  }));
  return {
    create: async (job, options) => (await ready()).create(job, options),
    get: async (id, options) => (await ready()).get(id, options),
    update: async (job, expectedVersion, options) => (await ready()).update(job, expectedVersion, options),
    listByStatus: async (status, options) => (await ready()).listByStatus(status, options),
    listRecent: async (options) => (await ready()).listRecent(options),
  };
}
