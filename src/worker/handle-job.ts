import { toErrorInfo } from '../commands/index.ts';
import { isJobConflict, transitions, type Job, type JobMessage } from '../jobs/index.ts';
import type { WorkerContext } from './context.ts';
import { intake } from './intake.ts';
import { channelOf, settle } from './settle.ts';
import { markOwed } from './owed.ts';
import type { HandleOptions } from './types.ts';

const NO_BINDING = {
  code: 'CHANNEL_NOT_BOUND',
  message: 'This job has no subscription: its channel was not bound to one when it was asked.',
  hint: 'Bind the channel to a subscription (ASM_CHANNELS), then run the command again.',
};

function planOptions(ctx: WorkerContext, job: Job, abortSignal?: AbortSignal) {
  const approval = job.origin['approval'];
  const channel = ctx.config.channels[job.origin['channel'] ?? ''];
  const ttlMinutes = channel?.approvalTtlMinutes ?? 60;
  return {
    settings: ctx.settings,
    ...(approval === 'required' ? { requireApproval: true } : approval === 'none' ? { requireApproval: false } : {}),
    expiresAt: new Date(ctx.now().getTime() + ttlMinutes * 60_000).toISOString(),
    ...(abortSignal ? { abortSignal } : {}),
  };
}

/** A job with no subscription cannot be planned: it fails with the reason (a conditional write). */
async function failUnbound(ctx: WorkerContext, job: Job): Promise<Job> {
  try {
    return await ctx.jobs.update(transitions.planFailed(job, NO_BINDING, ctx.now().toISOString()), job.version);
  } catch (error) {
    if (isJobConflict(error)) return (await ctx.jobs.get(job.id)) ?? job;
    throw error;
  }
}

/**
 * One `asm-jobs` message. `plan`: record the job the message carries (created once; a redelivery
 * loads it) and its audit entry, then resolve the plan with reads; a read (or a change that needs no
 * approval) then runs; a change waits for approval with its card posted. `advance`: run the approved
 * plan until it waits on Azure or ends. Whatever the stored job already shows done is not done again,
 * so a redelivered message posts nothing twice.
 */
export async function handleJobMessage(ctx: WorkerContext, message: JobMessage, options: HandleOptions = {}): Promise<Job | undefined> {
  const { abortSignal } = options;
  const call = abortSignal ? { abortSignal } : {};
  let job = await intake(ctx, message, call);
  if (job === undefined) {
    ctx.logger.warn('A job message names no stored job; nothing to do.', { jobId: message.jobId, action: message.action });
    return undefined;
  }
  if (channelOf(job) !== undefined && (job.status === 'planned' || job.status === 'approved')) job = await markOwed(ctx, job);
  let updateCard = false;
  if (job.status === 'planned') {
    job = job.binding === undefined ? await failUnbound(ctx, job) : await ctx.engine.plan(job, planOptions(ctx, job, abortSignal));
  }
  // Runs what is approved: by a person (an `advance` message), or by its plan (a read, no approval needed).
  const mayRun = message.action === 'advance' || job.decision === undefined;
  if ((job.status === 'approved' || job.status === 'running') && mayRun) {
    try {
      job = await ctx.engine.advance(job, call);
    } catch (error) {
      // Not a failed change: the engine saved every step it ran. The queue hands the message out again.
      ctx.logger.error('The job could not be advanced; the message is retried.', { jobId: job.id, error: toErrorInfo(error).message });
      throw error;
    }
    updateCard = true;
  }
  return (await settle(ctx, job, { updateCard })).job;
}
