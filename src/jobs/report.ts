import {
  commandSpec, parseCommand, type CommandInput, type CommandReport, type ErrorInfo, type Plan, type PlanOutcome, type StepOutcome,
} from '../commands/index.ts';
import type { Job, StepState } from './job.ts';

const STOPPED: Readonly<Record<string, ErrorInfo>> = {
  denied: { code: 'JOB_DENIED', message: 'The change was denied; nothing ran.' },
  expired: { code: 'JOB_EXPIRED', message: 'The approval expired; nothing ran.' },
  cancelled: { code: 'JOB_CANCELLED', message: 'The job was cancelled; nothing ran.' },
};

function stepOutcome(plan: Plan, state: StepState | undefined, index: number, waiting: boolean): StepOutcome {
  const step = plan.steps[index]!;
  const base = { id: step.id, call: step.call, title: step.title };
  switch (state?.status) {
    case 'succeeded':
      return { ...base, status: 'succeeded', ...(state.requestId ? { requestId: state.requestId } : {}), ...(state.result !== undefined ? { result: state.result } : {}) };
    case 'skipped':
      return { ...base, status: 'skipped' };
    case 'failed':
      return { ...base, status: 'failed', error: state.error, ...(state.requestId ? { requestId: state.requestId } : {}) };
    case 'submitted':
      return { ...base, status: 'submitted', requestId: state.requestId };
    case 'calling':
      return { ...base, status: waiting ? 'submitted' : 'not-run' };
    default:
      return { ...base, status: 'not-run' };
  }
}

/** The old outcome shape, read from the job's stored step states, so every view renders a job. */
export function jobOutcome(job: Job): PlanOutcome {
  const plan = job.plan;
  if (plan === undefined) return { status: job.status === 'failed' ? 'failed' : 'submitted', steps: [], ...(job.error ? { error: job.error } : {}) };
  const steps = plan.steps.map((_, i) => stepOutcome(plan, job.steps[i], i, job.status === 'waiting'));
  if (job.status === 'succeeded') return { status: 'succeeded', steps };
  const stopped = STOPPED[job.status];
  if (job.status === 'failed' || stopped !== undefined) {
    const error = job.error ?? steps.find((s) => s.error)?.error ?? stopped ?? { code: 'JOB_FAILED', message: 'The job failed.' };
    return { status: 'failed', steps, error };
  }
  return { status: 'submitted', steps };
}

/** Where the plan's generated secrets went, from the steps that made them. */
function withSecretLocations(plan: Plan, job: Job): Plan {
  const made = new Map<string, string>();
  for (const state of job.steps) {
    const result = state.status === 'succeeded' ? (state.result as { name?: unknown; location?: unknown } | undefined) : undefined;
    if (typeof result?.name === 'string' && typeof result.location === 'string') made.set(result.name, result.location);
  }
  if (made.size === 0) return plan;
  return { ...plan, secrets: plan.secrets.map((s) => (made.has(s.name) ? { ...s, location: made.get(s.name) as string } : s)) };
}

const inputOf = (job: Job): CommandInput => {
  const parsed = parseCommand(job.command);
  return parsed.ok && parsed.command.kind === 'run' ? parsed.command : { args: {}, options: {} };
};

/**
 * The report of a planned job as the command's views render it. Throws what the command's result
 * raises (e.g. a VM that is not there). A job with no plan has no report: show its error instead.
 */
export function jobReport(job: Job, input: CommandInput = inputOf(job)): CommandReport {
  if (job.plan === undefined) throw new Error(`Job ${job.id} has no plan yet.`);
  const plan = withSecretLocations(job.plan, job);
  const outcome = jobOutcome(job);
  const spec = commandSpec(job.commandId);
  const result = spec === undefined || (outcome.status === 'failed' && plan.risk === 'read') ? undefined : spec.result(outcome, input, plan);
  return { input, plan, outcome, result };
}
