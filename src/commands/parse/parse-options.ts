import type { OptionSpec } from '../catalog/types.ts';
import { matchLocation, unknownLocation } from './locations.ts';
import { parseError, PARSE_ERROR_CODES as CODES, type ParseError } from './parse-error.ts';
import { closeMatches } from './suggest.ts';
import { spanOf as span, type Token } from './tokenize.ts';

export const isOptionLike = (t: Token): boolean => !t.quoted && /^--?\p{L}/u.test(t.text);

const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];
const SSH_KEY_TYPES = /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-\S+)$/;

export interface OptionContext {
  readonly input: string;
  readonly commandId: string;
  readonly usage: string;
  readonly locations?: readonly string[];
}

export type OptionRead =
  | { readonly ok: true; readonly name: string; readonly value: string | true | false; readonly raw?: readonly Token[]; readonly next: number }
  | { readonly ok: false; readonly error: ParseError };

/** How many tokens after `at` a multi-word value takes, and the value. */
function readWords(spec: OptionSpec, tokens: readonly Token[], at: number, context: OptionContext): { value: string; count: number } | ParseError {
  const words: Token[] = [];
  for (let i = at; i < tokens.length && !isOptionLike(tokens[i] as Token); i++) words.push(tokens[i] as Token);
  const first = words[0] as Token;
  if (spec.type?.words === 'ssh-key') {
    if (first.quoted || !SSH_KEY_TYPES.test(first.text) || words.length < 2) return { value: first.text, count: 1 };
    const comment = words[2] !== undefined && words[2].text.includes('@') ? 1 : 0;
    return { value: words.slice(0, 2 + comment).map((w) => w.text).join(' '), count: 2 + comment };
  }
  const match = matchLocation(words.map((w) => w.text), context.locations);
  return match.ok ? { value: match.location, count: match.words } : unknownLocation(match, span(first, words[words.length - 1]), context);
}

/**
 * A password typed into a command is already a leak; never echo it back (the error shows the input
 * with the value masked) and say what happens instead.
 */
function passwordRefused(tokens: readonly Token[], at: number, eq: number, written: string, context: OptionContext): OptionRead {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  const value = eq >= 0 ? { start: token.start + eq + 1, end: token.end } : next !== undefined && !isOptionLike(next) ? span(next) : undefined;
  const input = value === undefined ? context.input : `${context.input.slice(0, value.start)}•••${context.input.slice(value.end)}`;
  return {
    ok: false,
    error: parseError(CODES.UnknownOption, {
      message: `Passwords are never typed into commands: \`${context.commandId}\` has no \`${written}\`.`,
      input, span: { start: token.start, end: token.start + written.length }, usage: context.usage,
      hint: 'Leave it out: a VM gets a strong generated password, stored where only you can read it (or use --ssh-key for Linux). If you typed a real password, change it.',
    }),
  };
}

/** Reads the option at `tokens[at]` (`--name`, `--name value`, `--name=value`, `-h`). */
export function readOption(specs: readonly OptionSpec[], tokens: readonly Token[], at: number, context: OptionContext): OptionRead {
  const token = tokens[at] as Token;
  const eq = token.text.indexOf('=');
  const written = eq < 0 ? token.text : token.text.slice(0, eq);
  const name = written.replace(/^--?/, '').toLowerCase().replace(/_/g, '-');
  const spec = specs.find((s) => s.name === name);
  const fail = (code: ParseError['code'], fields: Omit<ParseError, 'code' | 'suggestions' | 'input' | 'usage'> & { suggestions?: readonly string[] }): OptionRead =>
    ({ ok: false, error: parseError(code, { ...fields, input: context.input, usage: context.usage }) });

  if (spec === undefined && /pass|pwd|secret/i.test(name)) return passwordRefused(tokens, at, eq, written, context);
  if (spec === undefined) {
    const close = closeMatches(name, specs.map((s) => s.name)).map((s) => `--${s}`);
    return fail(CODES.UnknownOption, {
      message: `\`${context.commandId}\` has no option \`${written}\`.`,
      expected: `one of ${specs.map((s) => `--${s.name}`).join(', ')}`,
      span: span(token),
      suggestions: close,
      hint: close.length > 0 ? `Did you mean \`${close[0]}\`? See \`${context.commandId} --help\`.` : `See \`${context.commandId} --help\` for its options.`,
    });
  }
  if (spec.type === undefined) {
    if (eq < 0) return { ok: true, name, value: true, next: at + 1 };
    const said = token.text.slice(eq + 1).toLowerCase();
    if (TRUE_WORDS.includes(said) || FALSE_WORDS.includes(said)) return { ok: true, name, value: TRUE_WORDS.includes(said), next: at + 1 };
    return fail(CODES.InvalidOptionValue, {
      message: `\`--${name}\` is a flag and takes no value.`,
      expected: 'nothing, or true/false',
      span: span(token),
      hint: `Write just \`--${name}\`.`,
    });
  }
  if (eq >= 0) return { ok: true, name, value: token.text.slice(eq + 1), next: at + 1 };
  const next = tokens[at + 1];
  if (next === undefined || isOptionLike(next)) {
    return fail(CODES.MissingOptionValue, {
      message: `\`--${name}\` needs a value: ${spec.type.label}.`,
      expected: spec.type.expected,
      span: span(token),
      hint: `Write \`--${name} <${spec.valueName ?? name}>\`.`,
    });
  }
  if (spec.type.words !== undefined && !next.quoted) {
    const read = readWords(spec, tokens, at + 1, context);
    if ('code' in read) return { ok: false, error: read };
    return { ok: true, name, value: read.value, raw: tokens.slice(at + 1, at + 1 + read.count), next: at + 1 + read.count };
  }
  return { ok: true, name, value: next.text, raw: [next], next: at + 2 };
}
