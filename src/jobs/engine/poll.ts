import type { ErrorInfo, OperationStatusLike } from '../../commands/index.ts';
import { toErrorInfo } from '../../commands/index.ts';
import type { Job, StepState } from '../job.ts';
import { currentStep, stepPolled } from '../transitions.ts';
import { advanceJob } from './advance.ts';
import type { EngineContext } from './context.ts';
import { failStep, recheckInDoubt, succeedStep } from './run-step.ts';

type Submitted = Extract<StepState, { status: 'submitted' }>;

function operationError(requestId: string, status: OperationStatusLike): ErrorInfo {
  return {
    code: status.error?.code || 'OperationFailed',
    message: status.error?.message || `Operation ${requestId} failed.`,
    ...(status.httpStatusCode === undefined ? {} : { statusCode: status.httpStatusCode }),
    requestId,
  };
}

/**
 * Whether a poll that changed nothing is written. A write costs a storage round trip per waiting job
 * per tick, so the job records only news: a poll error that differs from the stored one (or that
 * cleared), and otherwise liveness once per `pollRecordMs` (measured from the last record, or from
 * the submission).
 */
function worthRecording(ctx: EngineContext, state: Submitted, at: string, error?: ErrorInfo): boolean {
  if ((state.pollError?.code ?? '') !== (error?.code ?? '')) return true;
  const last = Date.parse(state.polledAt ?? state.at);
  return !(Date.parse(at) - last < ctx.pollRecordMs);
}

/**
 * Reads the waiting step's operation once. Still in progress: nothing is written unless it is news
 * (see `worthRecording`), and the job comes back as it was. Succeeded: the step is done and the job
 * advances. Failed: the job fails with the service's error. A poll that cannot read the operation
 * (the service busy or unreachable) is not a failed change: the job keeps waiting and the step
 * records the poll's error when it is a new one.
 */
export async function pollJob(ctx: EngineContext, job: Job, abortSignal?: AbortSignal): Promise<Job> {
  if (job.status !== 'waiting') return job;
  const index = currentStep(job);
  const state = job.steps[index];
  const client = await ctx.clientFor(job);
  if (state?.status === 'calling') {
    const next = await recheckInDoubt(ctx, job, index, client, abortSignal);
    return next.status === 'running' ? advanceJob(ctx, next, abortSignal) : next;
  }
  if (state?.status !== 'submitted') return job;
  let status: OperationStatusLike;
  try {
    status = await client.operations.get(state.requestId, abortSignal ? { abortSignal } : {});
  } catch (error) {
    if (abortSignal?.aborted) throw error;
    const at = ctx.at();
    const info = toErrorInfo(error);
    return worthRecording(ctx, state, at, info) ? ctx.save(job, stepPolled(job, index, at, info), abortSignal) : job;
  }
  if (status.status === 'Succeeded') return advanceJob(ctx, await succeedStep(ctx, job, index, undefined, abortSignal), abortSignal);
  if (status.status === 'Failed') return failStep(ctx, job, index, operationError(state.requestId, status), abortSignal);
  const at = ctx.at();
  return worthRecording(ctx, state, at) ? ctx.save(job, stepPolled(job, index, at), abortSignal) : job;
}
