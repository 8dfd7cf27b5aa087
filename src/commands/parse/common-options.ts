import type { OptionSpec } from '../catalog/types.ts';

/** Options every command takes; they steer running, not the command itself. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'dry-run', description: 'Show the plan (the management calls) without calling anything.' },
  { name: 'no-wait', description: 'Return once the last asynchronous call is submitted; follow it with `op show <request-id>`.' },
  { name: 'help', description: 'Show help for the command.' },
];
