import type { Job } from '../job.ts';
import { currentStep, finish, start } from '../transitions.ts';
import type { EngineContext } from './context.ts';
import { resumeCalling, runPending } from './run-step.ts';

/**
 * One unit of progress: runs steps in order until one submits an asynchronous operation (the job
 * is then `waiting`), the plan ends (`succeeded`) or a step fails (`failed`). A job in any other
 * status is returned as it is, so a message delivered twice does nothing the second time.
 */
export async function advanceJob(ctx: EngineContext, given: Job, abortSignal?: AbortSignal): Promise<Job> {
  let job = given;
  if (job.status === 'approved') job = await ctx.save(job, start(job, ctx.at()), abortSignal);
  if (job.status !== 'running') return job;
  const client = await ctx.clientFor(job);
  while (job.status === 'running') {
    abortSignal?.throwIfAborted();
    const index = currentStep(job);
    if (index === -1) {
      job = await ctx.save(job, finish(job, ctx.at()), abortSignal);
      await ctx.emit({ type: 'job-finished', job });
      return job;
    }
    const state = job.steps[index];
    if (state?.status === 'pending') job = await runPending(ctx, job, index, client, abortSignal);
    else if (state?.status === 'calling') job = await resumeCalling(ctx, job, index, client, abortSignal);
    else return job;
  }
  return job;
}
