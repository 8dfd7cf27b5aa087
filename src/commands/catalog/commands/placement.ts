import type { CommandInput, InputProblem } from '../types.ts';

/** The service wants exactly one of a location and an affinity group. */
export function exactlyOnePlacement(input: CommandInput): InputProblem | undefined {
  const hasLocation = input.args.location !== undefined;
  const hasGroup = typeof input.options['affinity-group'] === 'string';
  if (hasLocation && hasGroup) {
    return { code: 'CONFLICTING_OPTIONS', message: 'Give a location or --affinity-group, not both.', hint: 'Drop the location to place it in the affinity group, or drop --affinity-group.' };
  }
  if (!hasLocation && !hasGroup) {
    return { code: 'MISSING_ARGUMENT', message: 'A location (or --affinity-group) is needed.', hint: 'Add a location, e.g. `West US` (see `location list`).' };
  }
  return undefined;
}
