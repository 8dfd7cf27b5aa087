import type { CommandSyntax } from '../catalog/types.ts';
import { DOUBLE_QUOTES, SINGLE_QUOTES } from './tokenize.ts';

const DOUBLE = new RegExp(`[${DOUBLE_QUOTES}]`, 'u');
const SINGLE = new RegExp(`[${SINGLE_QUOTES}]`, 'u');

/** Quotes a value so the tokenizer reads it back unchanged: with the quote family it does not contain. */
function quote(value: string): string {
  if (value !== '' && !/\s/u.test(value) && !DOUBLE.test(value) && !SINGLE.test(value)) return value;
  return DOUBLE.test(value) && !SINGLE.test(value) ? `'${value}'` : `"${value}"`;
}

/** The command as it would be typed canonically, for plans, logs and audit: values quoted when needed. */
export function canonicalText(spec: CommandSyntax, args: Readonly<Record<string, string>>, options: Readonly<Record<string, string | true>>): string {
  const words = [spec.resource, spec.action];
  for (const arg of spec.args) if (args[arg.name] !== undefined) words.push(quote(args[arg.name] as string));
  for (const option of spec.options) {
    const value = options[option.name];
    if (value === true) words.push(`--${option.name}`);
    else if (value !== undefined) words.push(`--${option.name}`, quote(value));
  }
  return words.join(' ');
}
