import { commandId, commandsOf, findCommand, findResource, joinResourceWords, resourceWords } from '../catalog/lookup.ts';
import type { Catalog } from '../catalog/types.ts';
import { normalizeInput } from './normalize.ts';
import { parseArguments } from './parse-arguments.ts';
import { parseError, PARSE_ERROR_CODES as CODES } from './parse-error.ts';
import { parseHelp } from './parse-help.ts';
import type { ParseResult } from './result.ts';
import { closeMatches } from './suggest.ts';
import { spanOf as span, tokenize, tokensFromArgv } from './tokenize.ts';

/** Slack's limit for a slash command's text. */
export const MAX_INPUT_LENGTH = 4000;

export interface ParseOptions {
  /** The subscription's locations (names or display names); without them a location is taken as typed. */
  readonly locations?: readonly string[];
}

/**
 * Parses `<resource> <action> [arguments] [--option value | --option=value | --flag]` from chat text
 * or from a shell's argv. Never throws: a bad command yields a structured error.
 */
export function parseWith(catalog: Catalog, input: string | readonly string[], options: ParseOptions = {}): ParseResult {
  const text = typeof input === 'string' ? normalizeInput(input) : input.join(' ');
  if (text.length > MAX_INPUT_LENGTH) {
    return { ok: false, error: parseError(CODES.InputTooLong, {
      message: `The command is ${text.length} characters long; at most ${MAX_INPUT_LENGTH} are accepted.`,
      input: text.slice(0, 200), hint: 'Shorten it: long values belong in a file or a URL, not in the command.',
    }) };
  }
  const tokenized = typeof input === 'string' ? tokenize(text) : { ok: true as const, tokens: tokensFromArgv(input) };
  if (!tokenized.ok) return tokenized;
  const tokens = joinResourceWords(catalog, tokenized.tokens[0]?.text.toLowerCase() === '/asm' ? tokenized.tokens.slice(1) : tokenized.tokens);
  const [first, second] = tokens;
  if (first === undefined) {
    return { ok: false, error: parseError(CODES.EmptyInput, {
      message: 'No command given.', expected: '<resource> <action>', input: text,
      suggestions: ['help'], hint: 'Try `help` to see the commands, e.g. `vm list`.',
    }) };
  }
  const firstWord = first.text.toLowerCase();
  if (!first.quoted && ['help', '--help', '-h', '?'].includes(firstWord)) return parseHelp(catalog, joinResourceWords(catalog, tokens.slice(1)), text);
  const resource = first.quoted ? undefined : findResource(catalog, first.text);
  if (resource === undefined) {
    const close = closeMatches(first.text, resourceWords(catalog)).map((w) => findResource(catalog, w)?.name ?? w);
    // `create vm` for `vm create`: the words in the other order.
    const swapped = second !== undefined ? findResource(catalog, second.text) : undefined;
    const swappedCommand = swapped !== undefined ? findCommand(catalog, swapped.name, first.text) : undefined;
    const suggestions = swappedCommand !== undefined ? [commandId(swappedCommand)] : [...new Set(close)].map((r) => {
      const action = second !== undefined ? findCommand(catalog, r, second.text) : undefined;
      return action !== undefined ? commandId(action) : r;
    });
    return { ok: false, error: parseError(CODES.UnknownResource, {
      message: `"${first.text}" is not something \`asm\` manages.`,
      expected: `one of ${catalog.resources.map((r) => r.name).join(', ')}`, input: text, span: span(first), suggestions,
      hint: suggestions.length > 0 ? `Did you mean \`${suggestions[0]}\`? \`help\` lists every command.` : '`help` lists every command.',
    }) };
  }
  const actions = commandsOf(catalog, resource.name).map((c) => c.action);
  if (second === undefined || (!second.quoted && second.text.startsWith('-'))) {
    if (second !== undefined && ['--help', '-h'].includes(second.text.toLowerCase())) return { ok: true, command: { kind: 'help', resource: resource.name } };
    return { ok: false, error: parseError(CODES.MissingAction, {
      message: `What should \`${resource.name}\` do?`, expected: `one of ${actions.join(', ')}`, input: text,
      span: { start: first.end, end: first.end }, suggestions: actions.map((a) => `${resource.name} ${a}`),
      hint: `Add an action, e.g. \`${resource.name} ${actions[0] ?? 'list'}\`. See \`help ${resource.name}\`.`,
    }) };
  }
  const spec = second.quoted ? undefined : findCommand(catalog, resource.name, second.text);
  if (spec === undefined) {
    const suggestions = closeMatches(second.text, actions).map((a) => `${resource.name} ${a}`);
    return { ok: false, error: parseError(CODES.UnknownAction, {
      message: `\`${resource.name}\` has no action "${second.text}".`, expected: `one of ${actions.join(', ')}`,
      input: text, span: span(second), suggestions,
      hint: suggestions.length > 0 ? `Did you mean \`${suggestions[0]}\`?` : `\`${resource.name}\` can: ${actions.join(', ')}. See \`help ${resource.name}\`.`,
    }) };
  }
  return parseArguments(spec, tokens.slice(2), text, options.locations);
}
