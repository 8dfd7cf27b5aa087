import {
  CommandError, generatePassword, isNotFound, runCall, type CallContext, type ManagementClientLike, type PlanStep,
} from '../../commands/index.ts';
import type { Job } from '../job.ts';
import { mapLimit } from '../map-limit.ts';
import type { EngineContext } from './context.ts';

export const GENERATE_PASSWORD = 'secrets.generatePassword';

function callContext(ctx: EngineContext, client: ManagementClientLike, abortSignal?: AbortSignal): CallContext {
  return { client, ...(ctx.secrets ? { secrets: ctx.secrets } : {}), ...(abortSignal ? { abortSignal } : {}) };
}

/** Ensure semantics: the step's `skipIf` read finds what it would create. */
export async function shouldSkip(step: PlanStep, ctx: EngineContext, client: ManagementClientLike, abortSignal?: AbortSignal): Promise<boolean> {
  if (step.skipIf === undefined) return false;
  try {
    await runCall(step.skipIf.call, step.skipIf.args, step.skipIf.options, callContext(ctx, client, abortSignal));
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/**
 * Makes a password and keeps it in the secret store, unless a secret of that name exists (then
 * this step already ran). The result names the secret and where it is, never its value.
 */
async function generateSecret(step: PlanStep, ctx: EngineContext, abortSignal?: AbortSignal): Promise<unknown> {
  const [name, extra] = step.args;
  if (typeof name !== 'string' || name === '') {
    throw new CommandError({ code: 'BAD_PLAN', kind: 'usage', message: `Step ${step.id} names no secret.`, hint: 'Plan the command again.' });
  }
  if (ctx.secrets === undefined) {
    throw new CommandError({
      code: 'SECRET_UNAVAILABLE', kind: 'usage',
      message: `The plan makes the secret ${name} but no secret store was given.`, hint: 'Run it where the secret store is configured.',
    });
  }
  const options = abortSignal ? { abortSignal } : {};
  if (await ctx.secrets.exists(name, options)) return { name };
  const tags = (extra as { tags?: Record<string, string> } | null | undefined)?.tags;
  const stored = await ctx.secrets.set(name, generatePassword(), { ...options, contentType: 'text/plain', ...(tags ? { tags } : {}) });
  return { name, location: stored.location };
}

/** The items a `forEach` step runs over: the stored result of the step it names. */
function itemsOf(job: Job, step: PlanStep): readonly unknown[] {
  const source = job.plan?.steps.findIndex((s) => s.id === step.forEach?.step) ?? -1;
  const state = job.steps[source];
  const result = state?.status === 'succeeded' ? state.result : undefined;
  return Array.isArray(result) ? result : [];
}

/** Sends the step's call (once per item for a `forEach`) and resolves to what it returned. */
export async function executeStep(job: Job, index: number, ctx: EngineContext, client: ManagementClientLike, abortSignal?: AbortSignal): Promise<unknown> {
  const step = job.plan?.steps[index] as PlanStep;
  if (step.call === GENERATE_PASSWORD) return generateSecret(step, ctx, abortSignal);
  const context = callContext(ctx, client, abortSignal);
  if (step.forEach !== undefined) {
    return mapLimit(itemsOf(job, step), ctx.concurrency, (item) => runCall(step.call, step.args, step.options, context, item));
  }
  return runCall(step.call, step.args, step.options, context);
}
