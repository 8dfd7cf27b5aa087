import { parseError, PARSE_ERROR_CODES, type ParseError } from './parse-error.ts';
import { normalizeDashes } from './normalize.ts';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Quoted text is always a value, never an option, and never split. */
  readonly quoted: boolean;
}

/** The part of the input from one token to another (both included). */
export const spanOf = (from: Token, to: Token = from) => ({ start: from.start, end: to.end });

export type TokenizeResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: ParseError };

// Straight and typographic quotes; any closer of the same family ends a quote, because phones
// mix them (“…" and ‘…’ both happen).
export const DOUBLE_QUOTES = '"\u201C\u201D\u201E\u201F\u00AB\u00BB';
export const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

function familyOf(ch: string): string | undefined {
  if (DOUBLE_QUOTES.includes(ch)) return DOUBLE_QUOTES;
  if (SINGLE_QUOTES.includes(ch)) return SINGLE_QUOTES;
  return undefined;
}

const isSpace = (ch: string | undefined) => ch === ' ';

/** Index of the quote that closes one opened at `from`, preferring one followed by a space or the end. */
function findCloser(text: string, from: number, family: string): number {
  let first = -1;
  for (let i = from; i < text.length; i++) {
    if (!family.includes(text[i] as string)) continue;
    if (isSpace(text[i + 1]) || i + 1 === text.length) return i;
    if (first < 0) first = i;
  }
  return first;
}

/**
 * Splits normalized text into words. Quotes group words only where a word starts (or right after
 * `=` in `--opt="…"`), so apostrophes inside words (`Bob's`) stay literal.
 */
export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i])) { i++; continue; }
    const start = i;
    let value = '';
    let quoted = false;
    while (i < text.length && !isSpace(text[i])) {
      const ch = text[i] as string;
      const family = familyOf(ch);
      const opensHere = i === start || (text[i - 1] === '=' && value.startsWith('-'));
      if (family !== undefined && opensHere) {
        const close = findCloser(text, i + 1, family);
        if (close < 0) {
          return {
            ok: false,
            error: parseError(PARSE_ERROR_CODES.UnterminatedQuote, {
              message: `The quote ${ch} at position ${i + 1} is never closed.`,
              expected: 'a closing quote',
              input: text,
              span: { start: i, end: text.length },
              hint: 'Close the quote, or remove it if the value has no spaces.',
            }),
          };
        }
        value += text.slice(i + 1, close);
        if (i === start) quoted = true;
        i = close + 1;
        continue;
      }
      value += ch;
      i++;
    }
    tokens.push({ text: quoted ? value : normalizeDashes(value), start, end: i, quoted });
  }
  return { ok: true, tokens };
}

/** Words that arrive already split (a shell's argv): one token each, offsets as if joined by spaces. */
export function tokensFromArgv(argv: readonly string[]): Token[] {
  let offset = 0;
  return argv.map((word) => {
    // The shell already removed the quotes: a word is a value unless it looks like an option.
    const token = { text: normalizeDashes(word.normalize('NFC')), start: offset, end: offset + word.length, quoted: false };
    offset += word.length + 1;
    return token;
  });
}
