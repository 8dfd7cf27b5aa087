import { CommandError, happenedCheck, isReadCall, toErrorInfo, type ErrorInfo, type ManagementClientLike, type PlanStep } from '../../commands/index.ts';
import type { Job } from '../job.ts';
import { stepCalling, stepFailed, stepInDoubt, stepSkipped, stepSubmitted, stepSucceeded } from '../transitions.ts';
import { bounded } from './bounded.ts';
import type { EngineContext } from './context.ts';
import { executeStep, GENERATE_PASSWORD, shouldSkip } from './execute-step.ts';

const stepOf = (job: Job, index: number): PlanStep => job.plan?.steps[index] as PlanStep;

/** Saves the step's failure (the job fails with it) and tells so. */
export async function failStep(ctx: EngineContext, job: Job, index: number, error: ErrorInfo, abortSignal?: AbortSignal): Promise<Job> {
  const saved = await ctx.save(job, stepFailed(job, index, ctx.at(), error), abortSignal);
  await ctx.emit({ type: 'step-finished', job: saved, index, step: stepOf(saved, index), state: saved.steps[index]! });
  await ctx.emit({ type: 'job-finished', job: saved });
  return saved;
}

export async function succeedStep(ctx: EngineContext, job: Job, index: number, value: unknown, abortSignal?: AbortSignal): Promise<Job> {
  const saved = await ctx.save(job, stepSucceeded(job, index, ctx.at(), bounded(value, ctx.resultLimit)), abortSignal);
  await ctx.emit({ type: 'step-finished', job: saved, index, step: stepOf(saved, index), state: saved.steps[index]! });
  return saved;
}

const NO_REQUEST_ID: ErrorInfo = {
  code: 'NO_REQUEST_ID',
  message: 'The service accepted an asynchronous call but gave no request id, so its outcome cannot be followed.',
  hint: 'Check the resource, then run the command again if it did not change.',
};

/**
 * A failure that says nothing of whether the service got the call: no HTTP status (a reset, a timeout).
 * A command error or an invalid argument is raised on this side before anything is sent.
 */
const inDoubt = (error: unknown): boolean => !(error instanceof CommandError)
  && (error as { code?: unknown } | null)?.code !== 'InvalidArgument'
  && typeof (error as { statusCode?: unknown } | null)?.statusCode !== 'number';

/** Sends the step's call; `calling` is already saved. Records what came back before anything else. */
export async function sendStep(ctx: EngineContext, job: Job, index: number, client: ManagementClientLike, abortSignal?: AbortSignal): Promise<Job> {
  const step = stepOf(job, index);
  let value: unknown;
  try {
    value = await executeStep(job, index, ctx, client, abortSignal);
  } catch (error) {
    const check = happenedCheck(step.call);
    if (check !== undefined && inDoubt(error) && !abortSignal?.aborted) {
      let settled: Job | 'no' | undefined;
      try {
        settled = await settleInDoubt(ctx, job, index, client, abortSignal);
      } catch {
        // The check could not be read: a failed read is not a failed change. The job waits with the
        // step `calling`, and the poller reads the check again.
        if (abortSignal?.aborted) throw error;
        return ctx.save(job, stepInDoubt(job, index, ctx.at()), abortSignal);
      }
      if (settled !== 'no') return settled;
    }
    return failStep(ctx, job, index, toErrorInfo(error), abortSignal);
  }
  if (!step.async) return succeedStep(ctx, job, index, value, abortSignal);
  const requestId = (value as { requestId?: unknown } | undefined)?.requestId;
  if (typeof requestId !== 'string' || requestId === '') return failStep(ctx, job, index, NO_REQUEST_ID, abortSignal);
  const saved = await ctx.save(job, stepSubmitted(job, index, requestId, ctx.at()), abortSignal);
  await ctx.emit({ type: 'step-submitted', job: saved, index, step, requestId });
  return saved;
}

/** After an unrecorded call: did it happen? `no` is left to the caller (send it, or fail it). */
async function settleInDoubt(ctx: EngineContext, job: Job, index: number, client: ManagementClientLike, abortSignal?: AbortSignal): Promise<Job | 'no'> {
  const step = stepOf(job, index);
  const check = happenedCheck(step.call);
  if (check === undefined) return 'no';
  const happened = await check(step.args, client, abortSignal ? { abortSignal } : {});
  if (happened === 'yes') return succeedStep(ctx, job, index, undefined, abortSignal);
  if (happened === 'under-way') return ctx.save(job, stepInDoubt(job, index, ctx.at()), abortSignal);
  return 'no';
}

const unknownOutcome = (step: PlanStep): ErrorInfo => ({
  code: 'OUTCOME_UNKNOWN',
  message: `The worker stopped while "${step.title.replace(/`/g, '')}" was being sent, and whether the service got it cannot be told. It was not sent again.`,
  hint: 'Check the resource, then run the command again if it did not change.',
});

/** A step found `calling`: a crash fell between saving that and recording the call's outcome. */
export async function resumeCalling(ctx: EngineContext, job: Job, index: number, client: ManagementClientLike, abortSignal?: AbortSignal): Promise<Job> {
  const step = stepOf(job, index);
  // Reads and the secret step (which checks for its secret) are safe to run again.
  if (isReadCall(step.call) || step.call === GENERATE_PASSWORD || step.forEach !== undefined) return sendStep(ctx, job, index, client, abortSignal);
  if (happenedCheck(step.call) === undefined) return failStep(ctx, job, index, unknownOutcome(step), abortSignal);
  const settled = await settleInDoubt(ctx, job, index, client, abortSignal);
  return settled === 'no' ? sendStep(ctx, job, index, client, abortSignal) : settled;
}

/** A waiting job whose call was sent but has no request id: check the resource again. */
export async function recheckInDoubt(ctx: EngineContext, job: Job, index: number, client: ManagementClientLike, abortSignal?: AbortSignal): Promise<Job> {
  const settled = await settleInDoubt(ctx, job, index, client, abortSignal);
  if (settled !== 'no') return settled;
  const step = stepOf(job, index);
  return failStep(ctx, job, index, {
    code: 'OPERATION_LOST',
    message: `"${step.title.replace(/`/g, '')}" was sent and under way, then ended without the change; its request id was not recorded, so the service's error is unknown.`,
    hint: 'Check the resource, then run the command again.',
  }, abortSignal);
}

/** A pending step: the skipIf read, then `calling` saved, then the call. */
export async function runPending(ctx: EngineContext, job: Job, index: number, client: ManagementClientLike, abortSignal?: AbortSignal): Promise<Job> {
  const step = stepOf(job, index);
  let skip: boolean;
  try {
    skip = await shouldSkip(step, ctx, client, abortSignal);
  } catch (error) {
    return failStep(ctx, job, index, toErrorInfo(error), abortSignal);
  }
  if (skip) {
    const saved = await ctx.save(job, stepSkipped(job, index, ctx.at(), 'It already exists.'), abortSignal);
    await ctx.emit({ type: 'step-started', job: saved, index, step });
    await ctx.emit({ type: 'step-finished', job: saved, index, step, state: saved.steps[index]! });
    return saved;
  }
  const calling = await ctx.save(job, stepCalling(job, index, ctx.at()), abortSignal);
  await ctx.emit({ type: 'step-started', job: calling, index, step });
  return sendStep(ctx, calling, index, client, abortSignal);
}
