import { CATALOG, commandSpec } from './catalog/catalog.ts';
import type { CommandSpec } from './catalog/types.ts';
import { CommandError } from './command-error.ts';
import type { ParseOptions } from './parse/parse.ts';
import { parseWith } from './parse/parse.ts';
import type { ParseResult, RunCommand } from './parse/result.ts';
import type { PlanContext } from './plan/context.ts';
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
