import type { ErrorInfo, Plan } from '../commands/index.ts';
import type { Job, JobDecision, JobStatus } from './job.ts';
import { JobTransitionError } from './transition-error.ts';

/**
 * The job's life as pure functions: each takes a job and returns the changed copy, or throws a
 * `JobTransitionError` when the job's status does not allow the change. Versions are the store's.
 */

function require(job: Job, action: string, allowed: readonly JobStatus[]): void {
  if (!allowed.includes(job.status)) throw new JobTransitionError({ jobId: job.id, from: job.status, action });
}

const changed = (job: Job, at: string, fields: Partial<Job>): Job => ({ ...job, ...fields, updatedAt: at });

export interface PlannedOptions {
  /** A change or destroy waits for a person's decision; a read runs at once. */
  readonly requireApproval: boolean;
  /** When an approval stops being accepted. */
  readonly expiresAt?: string;
}

/** The plan is stored before anything changes: `awaiting-approval`, or `approved` when no approval is needed. */
export function planned(job: Job, plan: Plan, at: string, options: PlannedOptions): Job {
  require(job, 'be planned', ['planned']);
  return changed(job, at, {
    plan,
    steps: plan.steps.map(() => ({ status: 'pending' as const })),
    status: options.requireApproval ? 'awaiting-approval' : 'approved',
    ...(options.expiresAt === undefined ? {} : { expiresAt: options.expiresAt }),
  });
}

/** Planning failed (a read, a bad value): the job ends with the error, nothing ran. */
export function planFailed(job: Job, error: ErrorInfo, at: string): Job {
  require(job, 'fail planning', ['planned']);
  return changed(job, at, { status: 'failed', error });
}

const isExpired = (job: Job, at: string): boolean => job.expiresAt !== undefined && Date.parse(at) >= Date.parse(job.expiresAt);

function decided(job: Job, kind: JobDecision['kind'], by: string, at: string, status: JobStatus): Job {
  return changed(job, at, { status, decision: { kind, by, at } });
}

export function approve(job: Job, by: string, at: string): Job {
  require(job, 'be approved', ['awaiting-approval']);
  if (isExpired(job, at)) {
    throw new JobTransitionError({
      jobId: job.id, from: job.status, action: 'be approved', reason: 'expired', message: `The approval of job ${job.id} expired at ${job.expiresAt}.`,
    });
  }
  return decided(job, 'approved', by, at, 'approved');
}

export function deny(job: Job, by: string, at: string): Job {
  require(job, 'be denied', ['awaiting-approval']);
  return decided(job, 'denied', by, at, 'denied');
}

export function expire(job: Job, at: string): Job {
  require(job, 'expire', ['awaiting-approval']);
  if (!isExpired(job, at)) {
    throw new JobTransitionError({ jobId: job.id, from: job.status, action: 'expire', reason: 'not-expired', message: `Job ${job.id} has not expired yet.` });
  }
  return decided(job, 'expired', 'system', at, 'expired');
}

/** Only before anything ran: once a step was sent, the job is followed to its end. */
export function cancel(job: Job, by: string, at: string): Job {
  require(job, 'be cancelled', ['planned', 'awaiting-approval', 'approved']);
  return decided(job, 'cancelled', by, at, 'cancelled');
}

export function start(job: Job, at: string): Job {
  require(job, 'start', ['approved']);
  return changed(job, at, { status: 'running' });
}

/** Every step succeeded or was skipped. */
export function finish(job: Job, at: string): Job {
  require(job, 'finish', ['running']);
  const open = job.steps.findIndex((s) => s.status !== 'succeeded' && s.status !== 'skipped');
  if (open !== -1 || job.steps.length !== (job.plan?.steps.length ?? 0)) {
    throw new JobTransitionError({ jobId: job.id, from: job.status, action: 'finish', reason: 'step', message: `Job ${job.id} has a step that has not ended (step ${open + 1}).` });
  }
  return changed(job, at, { status: 'succeeded' });
}

/** The job failed outside a step (an operation that cannot be followed, a deadline). */
export function fail(job: Job, error: ErrorInfo, at: string): Job {
  require(job, 'fail', ['approved', 'running', 'waiting']);
  return changed(job, at, { status: 'failed', error });
}

export { stepCalling, stepFailed, stepInDoubt, stepPolled, stepSkipped, stepSubmitted, stepSucceeded, currentStep } from './step-transitions.ts';
