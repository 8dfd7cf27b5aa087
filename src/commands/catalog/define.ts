import { CALLS, type CallName } from '../plan/calls.ts';
import type { PlanOutcome } from '../plan/outcome.ts';
import type { JsonObject, JsonValue, PlanStep } from '../plan/types.ts';
import type { CommandInput } from './types.ts';

export function step(
  id: string,
  title: string,
  call: CallName,
  args: readonly JsonValue[],
  extra: Pick<PlanStep, 'options' | 'skipIf' | 'forEach'> = {},
): PlanStep {
  return { id, title, call, args, async: CALLS[call].async, ...extra };
}

/** The result of the last step that returned data: a read command's answer. */
export function lastResult(outcome: PlanOutcome): unknown {
  return outcome.steps.findLast((s) => s.result !== undefined)?.result;
}

export const arg = (input: CommandInput, name: string): string => input.args[name] ?? '';
export const opt = (input: CommandInput, name: string): string | undefined => {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
};
export const flag = (input: CommandInput, name: string): boolean => input.options[name] === true;

/** Drops undefined fields so plans stay valid JSON. */
export function compact(object: Record<string, JsonValue | undefined>): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as JsonObject;
}
