import { CATALOG, commandSpec } from './catalog/catalog.ts';
import type { CommandReport, CommandSpec } from './catalog/types.ts';
import { CommandError } from './command-error.ts';
import type { ParseOptions } from './parse/parse.ts';
import { parseWith } from './parse/parse.ts';
import type { ParseResult, RunCommand } from './parse/result.ts';
import type { ManagementClientLike } from './plan/client.ts';
import type { PlanContext } from './plan/context.ts';
import { executePlan, type ExecutionEvent } from './plan/executor.ts';
import type { SecretSink, SecretSource } from './plan/secrets.ts';
import type { Plan } from './plan/types.ts';

/** Parses chat text or argv against the catalog. Never throws. */
export function parseCommand(input: string | readonly string[], options: ParseOptions = {}): ParseResult {
  return parseWith(CATALOG, input, options);
}

/** True when the command has a location to match against the subscription's locations. */
export function needsLocations(command: RunCommand): boolean {
  const spec = commandSpec(command.id);
  return spec !== undefined && [...spec.args, ...spec.options].some((a) => a.type?.words === 'location');
}

function specFor(command: RunCommand): CommandSpec {
  const spec = commandSpec(command.id);
  if (spec === undefined) throw new CommandError({ code: 'UNKNOWN_COMMAND', kind: 'usage', message: `There is no command ${command.id}.`, hint: 'See `help`.' });
  return spec;
}

/** The plan of a parsed command: its management calls, ready to run, show or store. */
export async function planCommand(command: RunCommand, context: PlanContext): Promise<Plan> {
  const spec = specFor(command);
  const draft = await spec.plan(command, context);
  return {
    version: 1, commandId: command.id, command: command.text, risk: spec.risk, summary: draft.summary,
    steps: draft.steps, secrets: draft.secrets ?? [], notes: draft.notes ?? [],
  };
}

export interface RunOptions {
  readonly client: ManagementClientLike;
  readonly secrets?: SecretSink & SecretSource;
  /** `false` for `--no-wait`. */
  readonly wait?: boolean;
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  readonly abortSignal?: AbortSignal;
  readonly onEvent?: (event: ExecutionEvent) => void;
}

/** Runs a plan and builds the report its views render. Throws only what the command's result raises (e.g. VM not found). */
export async function runPlan(command: RunCommand, plan: Plan, options: RunOptions): Promise<CommandReport> {
  const spec = specFor(command);
  const outcome = await executePlan(plan, {
    client: options.client, wait: options.wait ?? true,
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
    ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });
  const result = outcome.status === 'failed' && spec.risk === 'read' ? undefined : spec.result(outcome, command, plan);
  return { input: command, plan, outcome, result };
}
