import type { CommandSyntax } from '../catalog/types.ts';
import { matchLocation, unknownLocation } from './locations.ts';
import { parseError, PARSE_ERROR_CODES as CODES, type ParseError } from './parse-error.ts';
import { spanOf as span, type Token } from './tokenize.ts';

interface Context {
  readonly input: string;
  readonly usage: string;
  readonly id: string;
  readonly locations?: readonly string[];
}

type Assigned = { readonly ok: true; readonly args: Record<string, string> } | { readonly ok: false; readonly error: ParseError };

/** Gives each positional argument its words; a location takes as many words as its name has. */
export function assignPositionals(spec: CommandSyntax, words: readonly Token[], context: Context): Assigned {
  const { input, usage, id } = context;
  const noise = words.find((w) => !w.quoted && !/[\p{L}\p{N}]/u.test(w.text));
  if (noise !== undefined) {
    return {
      ok: false,
      error: parseError(CODES.InvalidArgument, {
        message: `"${noise.text}" is only punctuation, not a value \`${id}\` takes.`,
        expected: spec.args.map((a) => `<${a.name}>`).join(' ') || 'no arguments', input, usage, span: span(noise, noise),
        hint: 'Drop it, or quote it if it belongs to a value ("like this").',
      }),
    };
  }
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
    if (arg.type.words === 'location') {
      // Unquoted, a location takes as many words as its name has; quoted, exactly that one.
      const taken = first.quoted ? [first] : available;
      const match = matchLocation(taken.map((t) => t.text), context.locations);
      if (!match.ok) return { ok: false, error: unknownLocation(match, span(first, taken[taken.length - 1]), context) };
      raw = match.location;
      last = taken[match.words - 1] as Token;
      at += first.quoted ? 1 : match.words;
    } else {
      at += 1;
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
