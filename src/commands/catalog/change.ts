import { classifyError } from '../error-kinds.ts';
import type { PlanContext, PlanDraft } from '../plan/context.ts';
import type { PlanOutcome, StepOutcome } from '../plan/outcome.ts';
import type { Plan } from '../plan/types.ts';
import type { ViewDoc, ViewSection } from '../views/doc.ts';
import { lastResult } from './define.ts';
import type { CommandInput, CommandReport, CommandSpec, CommandSyntax } from './types.ts';

interface ChangeStep {
  readonly id: string;
  readonly call: string;
  readonly status: string;
  readonly requestId?: string;
  readonly error?: { readonly code: string; readonly message: string };
}

interface ChangeSecret {
  readonly name: string;
  readonly description: string;
  readonly location?: string;
}

/** What a change command returns as JSON: the steps run, their request ids, where secrets went. */
export interface ChangeResult {
  readonly command: string;
  readonly status: PlanOutcome['status'];
  readonly summary: string;
  readonly steps: readonly ChangeStep[];
  readonly secrets: readonly ChangeSecret[];
}

const stepJson = (s: StepOutcome): ChangeStep => ({
  id: s.id,
  call: s.call,
  status: s.status,
  ...(s.requestId ? { requestId: s.requestId } : {}),
  ...(s.error ? { error: { code: s.error.code, message: s.error.message } } : {}),
});

function changeResult(outcome: PlanOutcome, _input: CommandInput, plan: Plan): ChangeResult {
  return {
    command: plan.command,
    status: outcome.status,
    summary: plan.summary,
    steps: outcome.steps.map(stepJson),
    secrets: plan.secrets.map((s) => ({ name: s.name, description: s.description, ...(s.location ? { location: s.location } : {}) })),
  };
}

const STATUS_WORD: Readonly<Record<string, string>> = {
  succeeded: 'done', skipped: 'skipped (already there)', submitted: 'submitted', failed: 'failed', 'not-run': 'not run',
};

const TITLE_WORD: Readonly<Record<PlanOutcome['status'], string>> = { succeeded: 'Done', submitted: 'Submitted', failed: 'Failed' };
const TONE: Readonly<Record<PlanOutcome['status'], ViewDoc['tone']>> = { succeeded: 'ok', submitted: 'info', failed: 'error' };

/** The failed step, its error and what to do about it (the service's own errors get their hint here). */
function failureSection(outcome: PlanOutcome): ViewSection | undefined {
  if (outcome.error === undefined) return undefined;
  const { info } = classifyError(outcome.error);
  const failed = outcome.steps.find((s) => s.status === 'failed');
  return {
    title: failed === undefined ? 'Error' : `${failed.title} failed`,
    text: `${info.message} (${info.code})\n${info.hint}`,
  };
}

const CHANGED: ReadonlySet<string> = new Set(['succeeded', 'submitted']);

/** A file of the CLI's store is its owner's alone; a vault secret is for whoever the vault grants it to. */
const whoMayRead = (location: string): string => (/^https:\/\//i.test(location) ? ' (readable by those the vault grants secret reads)' : ' (readable only by you)');

/** Where each generated secret is, said only once it exists: stored at planning, or made by a step that ran. */
function secretLines(plan: Plan, outcome: PlanOutcome): string[] {
  const generated = outcome.steps.some((s) => s.call === 'secrets.generatePassword' && (CHANGED.has(s.status) || s.status === 'skipped'));
  return plan.secrets.flatMap((s) => {
    if (s.location !== undefined && (generated || outcome.status !== 'failed')) return [`${s.description} was stored in ${s.location}${whoMayRead(s.location)}.`];
    return generated ? [`${s.description} is in the secret store as \`${s.name}\`.`] : [];
  });
}

/** A failed plan's notes described what was to happen; say instead what it left behind. */
function leftBehind(outcome: PlanOutcome): string[] {
  const done = outcome.steps.filter((s) => CHANGED.has(s.status) && s.call !== 'secrets.generatePassword');
  return done.length === 0 ? ['Nothing was changed.'] : [`Done before the failure, and left in place: ${done.map((s) => s.title).join('; ')}.`];
}

function changeView(report: CommandReport): ViewDoc {
  const { plan, outcome } = report;
  const submitted = outcome.steps.find((s) => s.status === 'submitted');
  const failure = failureSection(outcome);
  const context = [
    ...secretLines(plan, outcome),
    ...(outcome.status === 'failed' ? leftBehind(outcome) : plan.notes),
    ...(submitted?.requestId ? [`Follow it with \`op show ${submitted.requestId}\`.`] : []),
  ];
  return {
    title: `${TITLE_WORD[outcome.status]}: ${plan.summary}`,
    tone: TONE[outcome.status],
    outcomeInTitle: true,
    fields: outcome.steps.map((s) => ({
      label: s.title,
      value: `${STATUS_WORD[s.status] ?? s.status}${s.requestId ? ` (request ${s.requestId})` : ''}`,
    })),
    ...(failure ? { sections: [failure] } : {}),
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
  return {
    ...syntax,
    plan: async (input, context) => plan(input, context),
    result,
    view: (report) => view(report.result, report.input),
  };
}
