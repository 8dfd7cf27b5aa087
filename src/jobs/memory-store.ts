import type { Job, JobStatus, NewJob } from './job.ts';
import { JobConflictError, type JobStore, type ListRecentOptions, type StoreCallOptions } from './store.ts';

/** A JSON round trip: what is stored and what is handed out never share an object with a caller. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function throwIfAborted(options: StoreCallOptions | undefined): void {
  options?.abortSignal?.throwIfAborted();
}

const matchesOrigin = (job: Job, origin: Readonly<Record<string, string>> | undefined): boolean =>
  origin === undefined || Object.entries(origin).every(([key, value]) => job.origin[key] === value);

/** Newest first; the id breaks ties so the order is stable. */
const newestFirst = (a: Job, b: Job): number => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/**
 * Jobs in process memory, for tests and the CLI. Versions are counters ("1", "2", …); every write
 * is conditional on the version, like the Table Storage store's ETags.
 */
export class MemoryJobStore implements JobStore {
  readonly #jobs = new Map<string, Job>();

  async create(job: NewJob, options?: StoreCallOptions): Promise<Job> {
    throwIfAborted(options);
    if (this.#jobs.has(job.id)) throw new JobConflictError(job.id, `Job ${job.id} already exists.`);
    const stored: Job = { ...copy(job), version: '1' };
    this.#jobs.set(job.id, stored);
    return copy(stored);
  }

  async get(id: string, options?: StoreCallOptions): Promise<Job | undefined> {
    throwIfAborted(options);
    const job = this.#jobs.get(id);
    return job === undefined ? undefined : copy(job);
  }

  async update(job: Job, expectedVersion: string, options?: StoreCallOptions): Promise<Job> {
    throwIfAborted(options);
    const current = this.#jobs.get(job.id);
    if (current === undefined) throw new JobConflictError(job.id, `Job ${job.id} does not exist.`);
    if (current.version !== expectedVersion) throw new JobConflictError(job.id);
    const stored: Job = { ...copy(job), version: String(Number(current.version) + 1) };
    this.#jobs.set(job.id, stored);
    return copy(stored);
  }

  async listByStatus(status: JobStatus, options?: StoreCallOptions & { readonly limit?: number }): Promise<Job[]> {
    throwIfAborted(options);
    const jobs = [...this.#jobs.values()].filter((j) => j.status === status).sort(newestFirst);
    return copy(jobs.slice(0, options?.limit ?? jobs.length));
  }

  async listRecent(options: ListRecentOptions = {}): Promise<Job[]> {
    throwIfAborted(options);
    const since = options.since?.getTime();
    const jobs = [...this.#jobs.values()]
      .filter((j) => matchesOrigin(j, options.origin) && (since === undefined || Date.parse(j.createdAt) >= since) && (options.statuses === undefined || options.statuses.includes(j.status)))
      .sort(newestFirst);
    return copy(jobs.slice(0, options.limit ?? jobs.length));
  }
}

export const createMemoryJobStore = (): JobStore => new MemoryJobStore();
