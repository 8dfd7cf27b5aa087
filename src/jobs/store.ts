import type { Job, JobStatus, NewJob } from './job.ts';

export interface StoreCallOptions {
  readonly abortSignal?: AbortSignal;
}

export interface ListRecentOptions extends StoreCallOptions {
  /** Only jobs whose origin has these values (e.g. `{ channel: 'C123' }`). */
  readonly origin?: Readonly<Record<string, string>>;
  /** Only jobs created at or after this time. */
  readonly since?: Date;
  /** Only jobs in one of these statuses. */
  readonly statuses?: readonly JobStatus[];
  readonly limit?: number;
}

/**
 * Where jobs live. Every write is conditional: `update` succeeds only when the stored version is
 * still `expectedVersion`, so of two writers exactly one wins and the other gets a `JobConflictError`.
 */
export interface JobStore {
  /** Stores a new job; a `JobConflictError` when the id exists. Returns it with its version. */
  create(job: NewJob, options?: StoreCallOptions): Promise<Job>;
  /** The job, or `undefined` when there is none with this id. */
  get(id: string, options?: StoreCallOptions): Promise<Job | undefined>;
  /** Replaces the job when its stored version is `expectedVersion`; returns it with the new version. */
  update(job: Job, expectedVersion: string, options?: StoreCallOptions): Promise<Job>;
  listByStatus(status: JobStatus, options?: StoreCallOptions & { readonly limit?: number }): Promise<Job[]>;
  /** Newest first. */
  listRecent(options?: ListRecentOptions): Promise<Job[]>;
}

/** Someone else wrote the job first (or it already exists): reload it and decide again. */
export class JobConflictError extends Error {
  override readonly name = 'JobConflictError';
  readonly code = 'JOB_CONFLICT';
  readonly jobId: string;
  constructor(jobId: string, message = `Job ${jobId} was changed by someone else.`) {
    super(message);
    this.jobId = jobId;
  }
}

export const isJobConflict = (error: unknown): error is JobConflictError =>
  error instanceof JobConflictError || (error as { code?: unknown } | null)?.code === 'JOB_CONFLICT';
