import { isJobConflict } from '../store.ts';
import type { Job } from '../job.ts';
import { approve, cancel, deny, expire } from '../transitions.ts';
import { advanceJob } from './advance.ts';
import { engineContext, type EngineContext } from './context.ts';
import { planJob } from './plan-job.ts';
import { pollJob } from './poll.ts';
import type { JobEngine, JobEngineOptions } from './types.ts';

/**
 * When another worker wrote the job first, this one stops without calling the service and hands
 * back what is stored now.
 */
async function unlessTaken(ctx: EngineContext, job: Job, work: () => Promise<Job>, abortSignal?: AbortSignal): Promise<Job> {
  try {
    return await work();
  } catch (error) {
    if (!isJobConflict(error)) throw error;
    ctx.logger.warn('Another worker changed the job first; this one stops.', { jobId: job.id });
    return (await ctx.store.get(job.id, abortSignal ? { abortSignal } : {})) ?? job;
  }
}

/** The job engine: stored state advanced one step at a time, every change written before the next call. */
export function createJobEngine(options: JobEngineOptions): JobEngine {
  const ctx = engineContext(options);
  const decide = async (job: Job, next: Job, abortSignal?: AbortSignal): Promise<Job> => {
    const saved = await ctx.save(job, next, abortSignal);
    await ctx.emit({ type: 'job-finished', job: saved });
    return saved;
  };
  return {
    plan: (job, o) => unlessTaken(ctx, job, () => planJob(ctx, job, o), o.abortSignal),
    advance: (job, o = {}) => unlessTaken(ctx, job, () => advanceJob(ctx, job, o.abortSignal), o.abortSignal),
    poll: (job, o = {}) => unlessTaken(ctx, job, () => pollJob(ctx, job, o.abortSignal), o.abortSignal),
    approve: async (job, by, o = {}) => ctx.save(job, approve(job, by, ctx.at()), o.abortSignal),
    deny: async (job, by, o = {}) => decide(job, deny(job, by, ctx.at()), o.abortSignal),
    cancel: async (job, by, o = {}) => decide(job, cancel(job, by, ctx.at()), o.abortSignal),
    expire: async (job, o = {}) => decide(job, expire(job, ctx.at()), o.abortSignal),
  };
}
