import type { JobStatus } from './job.ts';

/** Why a change to a job was refused: the status (or step) does not allow it, or the approval expired. */
export type TransitionRefusal = 'status' | 'step' | 'expired' | 'not-expired';

/** A change the job's stored state does not allow: a denied job never runs, a finished job never changes. */
export class JobTransitionError extends Error {
  override readonly name = 'JobTransitionError';
  readonly code = 'ILLEGAL_TRANSITION';
  readonly jobId: string;
  readonly from: JobStatus;
  readonly action: string;
  readonly reason: TransitionRefusal;
  constructor(options: { jobId: string; from: JobStatus; action: string; reason?: TransitionRefusal; message?: string }) {
    super(options.message ?? `Job ${options.jobId} cannot ${options.action}: it is ${options.from}.`);
    this.jobId = options.jobId;
    this.from = options.from;
    this.action = options.action;
    this.reason = options.reason ?? 'status';
  }
}

export const isJobTransitionError = (error: unknown): error is JobTransitionError =>
  error instanceof JobTransitionError || (error as { code?: unknown } | null)?.code === 'ILLEGAL_TRANSITION';
