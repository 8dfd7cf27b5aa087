import type { ErrorInfo } from '../commands/index.ts';
import type { Job, JobStatus, StepState, StepStatus } from './job.ts';
import { JobTransitionError } from './transition-error.ts';

/** The first step that has not ended, or -1 when every step succeeded or was skipped. */
export const currentStep = (job: Job): number => job.steps.findIndex((s) => s.status !== 'succeeded' && s.status !== 'skipped');

function check(job: Job, index: number, action: string, jobStatuses: readonly JobStatus[], stepStatuses: readonly StepStatus[]): void {
  if (!jobStatuses.includes(job.status)) throw new JobTransitionError({ jobId: job.id, from: job.status, action });
  const step = job.steps[index];
  if (step === undefined || index !== currentStep(job) || !stepStatuses.includes(step.status)) {
    throw new JobTransitionError({
      jobId: job.id, from: job.status, action, reason: 'step',
      message: `Job ${job.id} cannot ${action} step ${index + 1}: it is ${step?.status ?? 'not in the plan'}${index !== currentStep(job) ? ' and not the current step' : ''}.`,
    });
  }
}

function withStep(job: Job, index: number, state: StepState, at: string, status: JobStatus, extra: Partial<Job> = {}): Job {
  return { ...job, ...extra, status, steps: job.steps.map((s, i) => (i === index ? state : s)), updatedAt: at };
}

/** Written before the call is sent: after a crash, the engine knows it must check whether it happened. */
export function stepCalling(job: Job, index: number, at: string): Job {
  check(job, index, 'call', ['running'], ['pending']);
  return withStep(job, index, { status: 'calling', at }, at, 'running');
}

/** The skipIf read found the resource: nothing to do. */
export function stepSkipped(job: Job, index: number, at: string, reason?: string): Job {
  check(job, index, 'skip', ['running'], ['pending']);
  return withStep(job, index, { status: 'skipped', at, ...(reason === undefined ? {} : { reason }) }, at, 'running');
}

/** The service accepted an asynchronous call: the job waits on its operation. */
export function stepSubmitted(job: Job, index: number, requestId: string, at: string): Job {
  check(job, index, 'submit', ['running'], ['calling']);
  if (requestId === '') throw new JobTransitionError({ jobId: job.id, from: job.status, action: 'submit', reason: 'step', message: 'An asynchronous step needs a request id.' });
  return withStep(job, index, { status: 'submitted', requestId, at }, at, 'waiting');
}

/** A call was sent earlier and is still under way, but there is no request id to poll: wait on the resource. */
export function stepInDoubt(job: Job, index: number, at: string): Job {
  check(job, index, 'wait on', ['running', 'waiting'], ['calling']);
  return withStep(job, index, job.steps[index] as StepState, at, 'waiting');
}

/** A poll that found the operation still running, or could not read it (then with the error). */
export function stepPolled(job: Job, index: number, at: string, pollError?: ErrorInfo): Job {
  check(job, index, 'poll', ['waiting'], ['submitted']);
  const step = job.steps[index] as Extract<StepState, { status: 'submitted' }>;
  return withStep(job, index, { status: 'submitted', requestId: step.requestId, at: step.at, polledAt: at, ...(pollError ? { pollError } : {}) }, at, 'waiting');
}

export interface StepResult {
  readonly requestId?: string;
  readonly result?: unknown;
  readonly truncated?: boolean;
}

export function stepSucceeded(job: Job, index: number, at: string, outcome: StepResult = {}): Job {
  check(job, index, 'complete', ['running', 'waiting'], ['calling', 'submitted']);
  const before = job.steps[index] as StepState;
  const requestId = outcome.requestId ?? (before.status === 'submitted' ? before.requestId : undefined);
  return withStep(job, index, {
    status: 'succeeded', at,
    ...(requestId === undefined ? {} : { requestId }),
    ...(outcome.result === undefined ? {} : { result: outcome.result }),
    ...(outcome.truncated ? { truncated: true } : {}),
  }, at, 'running');
}

/** The step failed: so does the job, and later steps stay pending (not run). */
export function stepFailed(job: Job, index: number, at: string, error: ErrorInfo, requestId?: string): Job {
  check(job, index, 'fail', ['running', 'waiting'], ['pending', 'calling', 'submitted']);
  const before = job.steps[index] as StepState;
  const id = requestId ?? (before.status === 'submitted' ? before.requestId : undefined);
  return withStep(job, index, { status: 'failed', at, error, ...(id === undefined ? {} : { requestId: id }) }, at, 'failed', { error });
}
