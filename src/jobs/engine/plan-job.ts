import { CommandError, parseCommand, planCommand, toErrorInfo, type PlanContext, type RunCommand, type SecretSink, type SecretStore } from '../../commands/index.ts';
import type { Job } from '../job.ts';
import { planFailed, planned } from '../transitions.ts';
import type { EngineContext } from './context.ts';
import type { PlanJobOptions } from './types.ts';

function commandOf(job: Job): RunCommand {
  const parsed = parseCommand(job.command);
  if (parsed.ok && parsed.command.kind === 'run') return parsed.command;
  throw new CommandError({ code: 'BAD_JOB_COMMAND', kind: 'usage', message: `The job's command cannot be read: ${job.command}`, hint: 'Run the command again.' });
}

/** Planners that still keep a password while planning put it through the secret store. */
const sinkOf = (secrets: SecretStore): SecretSink => ({
  put: async (name, value) => ({ location: (await secrets.set(name, value, { contentType: 'text/plain' })).location }),
});

/** Resolves the plan with reads and stores it before anything changes. A plan that fails is a failed job. */
export async function planJob(ctx: EngineContext, job: Job, options: PlanJobOptions): Promise<Job> {
  if (job.status !== 'planned') return job;
  const { abortSignal } = options;
  let next: Job;
  try {
    const command = options.command ?? commandOf(job);
    const context: PlanContext = {
      settings: options.settings,
      dryRun: false,
      client: await ctx.clientFor(job),
      now: () => new Date(ctx.at()),
      ...(ctx.secrets ? { secrets: sinkOf(ctx.secrets) } : {}),
      ...(options.fetchServiceConfiguration ? { fetchServiceConfiguration: options.fetchServiceConfiguration } : {}),
      ...(abortSignal ? { abortSignal } : {}),
    };
    const plan = await planCommand(command, context);
    next = planned(job, plan, ctx.at(), {
      requireApproval: options.requireApproval ?? plan.risk !== 'read',
      ...(options.expiresAt === undefined ? {} : { expiresAt: options.expiresAt }),
    });
  } catch (error) {
    if (abortSignal?.aborted) throw error;
    const failed = await ctx.save(job, planFailed(job, toErrorInfo(error), ctx.at()), abortSignal);
    await ctx.emit({ type: 'job-finished', job: failed });
    return failed;
  }
  return ctx.save(job, next, abortSignal);
}
