import type { CommandSyntax } from '../catalog/types.ts';
import { matchLocation } from './locations.ts';
import { parseError, PARSE_ERROR_CODES as CODES, type ParseError } from './parse-error.ts';
import type { Token } from './tokenize.ts';

interface Context {
  readonly input: string;
  readonly usage: string;
  readonly id: string;
  readonly locations?: readonly string[];
}

type Assigned = { readonly ok: true; readonly args: Record<string, string> } | { readonly ok: false; readonly error: ParseError };

const span = (from: Token, to: Token = from) => ({ start: from.start, end: to.end });

/** Gives each positional argument its words; a location takes as many words as its name has. */
export function assignPositionals(spec: CommandSyntax, words: readonly Token[], context: Context): Assigned {
  const { input, usage, id } = context;
  const args: Record<string, string> = {};
  let at = 0;
  for (const [index, arg] of spec.args.entries()) {
    const requiredAfter = spec.args.slice(index + 1).filter((a) => a.required).length;
    const available = words.slice(at, Math.max(at + 1, words.length - requiredAfter));
    const first = available[0];
    if (first === undefined) {
      if (!arg.required) continue;
      return {
        ok: false,
        error: parseError(CODES.MissingArgument, {
          message: `\`${id}\` needs <${arg.name}>: ${arg.description}`,
          expected: `${arg.type.label}: ${arg.type.expected}`, input, usage,
          span: { start: input.length, end: input.length },
          hint: `Usage: \`${usage}\``,
        }),
      };
    }
    let raw = first.text;
    let last = first;
    if (arg.type.words === 'location' && !first.quoted) {
      const match = matchLocation(available.map((t) => t.text), context.locations);
      if (!match.ok) {
        return {
          ok: false,
          error: parseError(CODES.UnknownLocation, {
            message: `There is no location "${match.typed}" in this subscription.`,
            expected: 'a location of the subscription', input, usage,
            span: span(first, available[available.length - 1]),
            suggestions: match.closest,
            hint: `Closest: ${match.closest.join(', ')}. \`location list\` shows them all.`,
          }),
        };
      }
      raw = match.location;
      last = available[match.words - 1] as Token;
      at += match.words;
    } else {
      at += 1;
      if (arg.type.words === 'location' && context.locations !== undefined) {
        const match = matchLocation([first.text], context.locations);
        if (!match.ok) {
          return {
            ok: false,
            error: parseError(CODES.UnknownLocation, {
              message: `There is no location "${first.text}" in this subscription.`,
              expected: 'a location of the subscription', input, usage, span: span(first), suggestions: match.closest,
              hint: `Closest: ${match.closest.join(', ')}. \`location list\` shows them all.`,
            }),
          };
        }
        raw = match.location;
      }
    }
    const checked = arg.type.check(raw);
    if (!checked.ok) {
      return {
        ok: false,
        error: parseError(CODES.InvalidArgument, {
          message: `"${raw}" is not a valid ${arg.type.label}.`,
          expected: checked.expected, input, usage, span: span(first, last),
          suggestions: checked.suggestions ?? [],
          hint: checked.suggestions?.length ? `Did you mean \`${checked.suggestions[0]}\`? (${checked.expected})` : `Expected ${checked.expected}.`,
        }),
      };
    }
    args[arg.name] = checked.value;
  }
  const extra = words[at];
  if (extra !== undefined) {
    return {
      ok: false,
      error: parseError(CODES.TooManyArguments, {
        message: `\`${id}\` does not take "${extra.text}" here.`,
        expected: spec.args.length === 0 ? 'no arguments' : `at most ${spec.args.length} argument(s)`,
        input, usage, span: span(extra, words[words.length - 1]),
        hint: 'Quote values that contain spaces ("like this"), or drop the extra words.',
      }),
    };
  }
  return { ok: true, args };
}
