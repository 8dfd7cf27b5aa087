import { isJobConflict, type Job } from '../jobs/index.ts';
import type { WorkerContext } from './context.ts';

/**
 * `origin.owed = 'yes'` while the chat side owes the channel a message for the job (the card, the
 * outcome). It is written before the job is planned and cleared in the same write that saves the
 * outcome's ts, so a job that ended without its outcome posted (a crash, a rate limit) is found by
 * one query (`listRecent({ origin: { owed: 'yes' } })`) and settled by the next poller tick.
 */
export const OWED = 'owed';
export const isOwed = (job: Job): boolean => job.origin[OWED] === 'yes';

export const withoutOwed = (job: Job): Job => ({ ...job, origin: { ...job.origin, [OWED]: 'no' } });

async function setOwed(ctx: WorkerContext, given: Job, value: 'yes' | 'no'): Promise<Job> {
  let job = given;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if ((job.origin[OWED] ?? 'no') === value) return job;
    try {
      return await ctx.jobs.update({ ...job, origin: { ...job.origin, [OWED]: value } }, job.version);
    } catch (error) {
      if (!isJobConflict(error)) throw error;
      job = (await ctx.jobs.get(job.id)) ?? job;
    }
  }
  return job;
}

export const markOwed = (ctx: WorkerContext, job: Job): Promise<Job> => setOwed(ctx, job, 'yes');
export const clearOwed = (ctx: WorkerContext, job: Job): Promise<Job> => setOwed(ctx, job, 'no');
