import type { ErrorInfo, OperationStatusLike } from '../../commands/index.ts';
import { toErrorInfo } from '../../commands/index.ts';
import type { Job } from '../job.ts';
import { currentStep, stepPolled } from '../transitions.ts';
import { advanceJob } from './advance.ts';
import type { EngineContext } from './context.ts';
import { failStep, recheckInDoubt, succeedStep } from './run-step.ts';

function operationError(requestId: string, status: OperationStatusLike): ErrorInfo {
  return {
    code: status.error?.code || 'OperationFailed',
    message: status.error?.message || `Operation ${requestId} failed.`,
    ...(status.httpStatusCode === undefined ? {} : { statusCode: status.httpStatusCode }),
    requestId,
  };
}

/**
 * Reads the waiting step's operation once. Still in progress: the poll is recorded. Succeeded:
 * the step is done and the job advances. Failed: the job fails with the service's error. A poll
 * that cannot read the operation (the service busy or unreachable) is not a failed change: the
 * job keeps waiting and the step records the poll's error.
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
    return ctx.save(job, stepPolled(job, index, ctx.at(), toErrorInfo(error)), abortSignal);
  }
  if (status.status === 'Succeeded') return advanceJob(ctx, await succeedStep(ctx, job, index, undefined, abortSignal), abortSignal);
  if (status.status === 'Failed') return failStep(ctx, job, index, operationError(state.requestId, status), abortSignal);
  return ctx.save(job, stepPolled(job, index, ctx.at()), abortSignal);
}
