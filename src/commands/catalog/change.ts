import { classifyError } from '../error-kinds.ts';
import type { PlanContext, PlanDraft } from '../plan/context.ts';
import type { PlanOutcome } from '../plan/outcome.ts';
import type { Plan } from '../plan/types.ts';
import type { ViewDoc } from '../views/doc.ts';
import { lastResult } from './define.ts';
import type { CommandInput, CommandReport, CommandSpec, CommandSyntax } from './types.ts';

/** What a change command returns as JSON: the steps run, their request ids, where secrets went. */
export interface ChangeResult {
  readonly command: string;
  readonly status: PlanOutcome['status'];
  readonly summary: string;
  readonly steps: readonly { readonly id: string; readonly call: string; readonly status: string; readonly requestId?: string; readonly error?: { readonly code: string; readonly message: string } }[];
  readonly secrets: readonly { readonly name: string; readonly description: string; readonly location?: string }[];
}

export function changeResult(outcome: PlanOutcome, _input: CommandInput, plan: Plan): ChangeResult {
  return {
    command: plan.command,
    status: outcome.status,
    summary: plan.summary,
    steps: outcome.steps.map((s) => ({
      id: s.id, call: s.call, status: s.status,
      ...(s.requestId ? { requestId: s.requestId } : {}),
      ...(s.error ? { error: { code: s.error.code, message: s.error.message } } : {}),
    })),
    secrets: plan.secrets.map((s) => ({ name: s.name, description: s.description, ...(s.location ? { location: s.location } : {}) })),
  };
}

const STATUS_WORD: Readonly<Record<string, string>> = {
  succeeded: 'done', skipped: 'skipped (already there)', submitted: 'submitted', failed: 'failed', 'not-run': 'not run',
};

export function changeView(report: CommandReport): ViewDoc {
  const { plan, outcome } = report;
  const title = outcome.status === 'succeeded' ? `Done: ${plan.summary}` : outcome.status === 'submitted' ? `Submitted: ${plan.summary}` : `Failed: ${plan.summary}`;
  const submitted = outcome.steps.find((s) => s.status === 'submitted');
  const context = [
    ...plan.secrets.filter((s) => s.location).map((s) => `${s.description} was stored in ${s.location} (readable only by you).`),
    ...plan.notes,
    ...(submitted?.requestId ? [`Follow it with \`op show ${submitted.requestId}\`.`] : []),
    // The service's own errors carry no hint; the classification adds what to do about them.
    ...(outcome.error ? [classifyError(outcome.error).info.hint] : []),
  ];
  return {
    title,
    tone: outcome.status === 'failed' ? 'error' : outcome.status === 'submitted' ? 'info' : 'ok',
    ...(outcome.error ? { text: `${outcome.error.code}: ${outcome.error.message}` } : {}),
    fields: outcome.steps.map((s) => ({
      label: s.title,
      value: `${STATUS_WORD[s.status] ?? s.status}${s.requestId ? ` (request ${s.requestId})` : ''}`,
    })),
    context,
  };
}

type Planner = (input: CommandInput, context: PlanContext) => Promise<PlanDraft> | PlanDraft;

/** A command that changes something: its result is the steps it ran. */
export function changeCommand(syntax: CommandSyntax, plan: Planner): CommandSpec {
  return { ...syntax, plan: async (input, context) => plan(input, context), result: changeResult, view: changeView };
}

/** A command that reads: its result is the data of its last read, shown by `view`. */
export function readCommand(
  syntax: CommandSyntax,
  plan: Planner,
  view: (result: unknown, input: CommandInput) => ViewDoc,
  result: (outcome: PlanOutcome, input: CommandInput) => unknown = lastResult,
): CommandSpec {
  return { ...syntax, plan: async (input, context) => plan(input, context), result, view: (report) => view(report.result, report.input) };
}
