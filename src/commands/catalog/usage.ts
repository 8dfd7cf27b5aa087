import type { CommandSyntax, OptionSpec } from './types.ts';

export function optionUsage(option: OptionSpec): string {
  if (option.type === undefined) return `--${option.name}`;
  const value = option.type.values !== undefined && option.type.values.length <= 4 ? option.type.values.join('|') : `<${option.valueName ?? option.name}>`;
  return `--${option.name} ${value}`;
}

/** `vm create <name> <location> [--image <image>] …`, generated from the syntax. */
export function usageLine(spec: CommandSyntax): string {
  const args = spec.args.map((a) => (a.required ? `<${a.name}>` : `[<${a.name}>]`));
  const options = spec.options.map((o) => (o.required ? optionUsage(o) : `[${optionUsage(o)}]`));
  return [spec.resource, spec.action, ...args, ...options].join(' ');
}
