import type { CommandSyntax } from '../catalog/types.ts';
import { commandId } from '../catalog/lookup.ts';
import { usageLine } from '../catalog/usage.ts';
import { canonicalText } from './canonical-text.ts';
import { COMMON_OPTIONS } from './common-options.ts';
import { assignPositionals } from './positionals.ts';
import { parseError, PARSE_ERROR_CODES as CODES, type ParseError } from './parse-error.ts';
import { isOptionLike, readOption } from './parse-options.ts';
import type { ParseResult } from './result.ts';
import type { Token } from './tokenize.ts';

const fail = (error: ParseError): ParseResult => ({ ok: false, error });

/** Everything after `<resource> <action>`: options in both forms, positionals, values checked. */
export function parseArguments(spec: CommandSyntax, tokens: readonly Token[], input: string, locations?: readonly string[]): ParseResult {
  const id = commandId(spec);
  const usage = usageLine(spec);
  if (tokens.some((t) => !t.quoted && (t.text.toLowerCase() === '--help' || t.text === '-h'))) {
    return { ok: true, command: { kind: 'help', resource: spec.resource, action: spec.action } };
  }
  const specs = [...spec.options, ...COMMON_OPTIONS];
  const context = { input, commandId: id, usage, ...(locations === undefined ? {} : { locations }) };
  const options: Record<string, string | true> = {};
  const seen = new Map<string, Token>();
  const positionals: Token[] = [];
  let onlyValues = false;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as Token;
    if (!onlyValues && !token.quoted && token.text === '--') { onlyValues = true; i++; continue; }
    if (onlyValues || !isOptionLike(token)) { positionals.push(token); i++; continue; }
    const read = readOption(specs, tokens, i, context);
    if (!read.ok) return fail(read.error);
    if (seen.has(read.name)) {
      return fail(parseError(CODES.DuplicateOption, {
        message: `\`--${read.name}\` is given twice.`, input, span: { start: token.start, end: token.end }, usage,
        hint: `Keep one \`--${read.name}\`.`,
      }));
    }
    seen.set(read.name, token);
    if (read.value !== false) options[read.name] = read.value;
    const optionSpec = specs.find((s) => s.name === read.name);
    if (optionSpec?.type !== undefined && typeof read.value === 'string') {
      const checked = optionSpec.type.check(read.value);
      if (!checked.ok) {
        const at = read.raw?.[0] ?? token;
        return fail(parseError(CODES.InvalidOptionValue, {
          message: `"${read.value}" is not a valid ${optionSpec.type.label} for \`--${read.name}\`.`,
          expected: checked.expected, input, span: { start: at.start, end: (read.raw?.[read.raw.length - 1] ?? at).end }, usage,
          suggestions: checked.suggestions ?? [],
          hint: checked.suggestions?.length ? `Did you mean \`${checked.suggestions[0]}\`?` : `Expected ${checked.expected}.`,
        }));
      }
      options[read.name] = checked.value;
    }
    i = read.next;
  }
  const assigned = assignPositionals(spec, positionals, { input, usage, id, ...(locations === undefined ? {} : { locations }) });
  if (!assigned.ok) return fail(assigned.error);
  const missing = spec.options.find((o) => o.required && options[o.name] === undefined);
  if (missing !== undefined) {
    return fail(parseError(CODES.MissingOption, {
      message: `\`${id}\` needs \`--${missing.name}\`: ${missing.description}`,
      expected: `--${missing.name} <${missing.valueName ?? missing.name}>`, input, usage,
      span: { start: input.length, end: input.length },
      hint: `Add \`--${missing.name} <${missing.valueName ?? missing.name}>\`. Usage: \`${usage}\``,
    }));
  }
  const { 'dry-run': dryRun, 'no-wait': noWait, help: _help, ...own } = options;
  const problem = spec.check?.({ args: assigned.args, options: own });
  if (problem !== undefined) {
    return fail(parseError(problem.code, { message: problem.message, input, usage, hint: problem.hint }));
  }
  return {
    ok: true,
    command: {
      kind: 'run', id, resource: spec.resource, action: spec.action, args: assigned.args, options: own,
      dryRun: dryRun === true, noWait: noWait === true, text: canonicalText(spec, assigned.args, own),
    },
  };
}
