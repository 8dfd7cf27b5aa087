import type { ErrorInfo } from '../commands/index.ts';
import { isFinal, isJobConflict, transitions, type Job, type JobMessage } from '../jobs/index.ts';
import type { WorkerContext } from './context.ts';
import { createOrLoad, writeQueuedAudit } from './intake.ts';
import { settle } from './settle.ts';

const gaveUp = (message: JobMessage): ErrorInfo => ({
  code: 'WORKER_GAVE_UP',
  message: `The worker failed to ${message.action} this job five times in a row, so it was stopped. A step that was being sent may or may not have reached Azure.`,
  hint: 'Look at the resource (and `/asm job show`) before running the command again.',
});

/** Stops a job whose message failed every delivery: marks it failed (unless it already moved on) and tells the channel. */
export async function handlePoisonMessage(ctx: WorkerContext, message: JobMessage): Promise<Job | undefined> {
  // A job that never got recorded is recorded now, so that it is failed and the channel told.
  if (message.job !== undefined) await createOrLoad(ctx.jobs, message.job);
  await writeQueuedAudit(ctx, message).catch((error: unknown) =>
    ctx.logger.error('The audit entry of a poisoned message was not written.', { jobId: message.jobId, error: error instanceof Error ? error.message : String(error) }));
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const job = await ctx.jobs.get(message.jobId);
    if (job === undefined) {
      ctx.logger.error('A poisoned job message names no stored job; it is dropped.', { jobId: message.jobId, action: message.action });
      return undefined;
    }
    // Waiting on Azure or on a person: the message's work was done; the poller or the card go on.
    if (job.status === 'waiting' || job.status === 'awaiting-approval' || isFinal(job.status)) return (await settle(ctx, job)).job;
    const at = ctx.now().toISOString();
    const failed = job.status === 'planned' ? transitions.planFailed(job, gaveUp(message), at) : transitions.fail(job, gaveUp(message), at);
    try {
      const saved = await ctx.jobs.update(failed, job.version);
      ctx.logger.error('A job message failed every delivery; the job is marked failed.', { jobId: job.id, action: message.action });
      return (await settle(ctx, saved, { updateCard: true })).job;
    } catch (error) {
      if (!isJobConflict(error)) throw error;
    }
  }
  return ctx.jobs.get(message.jobId);
}
