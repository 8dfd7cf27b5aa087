import { parseError, PARSE_ERROR_CODES, type ParseError, type Span } from './parse-error.ts';
import { nearest } from './suggest.ts';

/** `West US`, `west us`, `westus`, `west-us` and `West_US` all compare equal. */
export function locationKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

// The longest real location name has three words ("North Central US"); allow some slack.
const MAX_WORDS = 4;

export type LocationMatch =
  | { readonly ok: true; readonly location: string; readonly words: number }
  | { readonly ok: false; readonly typed: string; readonly closest: readonly string[] };

/**
 * Matches the longest run of `words` (at most all of them) that names a known location, so that
 * `West US` needs no quotes. Without a list of known locations, all the words are taken as typed.
 */
export function matchLocation(words: readonly string[], known: readonly string[] | undefined): LocationMatch {
  if (known === undefined) return { ok: true, location: words.join(' '), words: words.length };
  const byKey = new Map(known.map((name) => [locationKey(name), name]));
  // A word of punctuation only (`&`) is never part of a location, even though keys ignore punctuation.
  const real = words.findIndex((w) => !/[\p{L}\p{N}]/u.test(w));
  const usable = real === -1 ? words.length : real;
  for (let n = Math.min(usable, MAX_WORDS); n >= 1; n--) {
    const found = byKey.get(locationKey(words.slice(0, n).join(' ')));
    if (found !== undefined) return { ok: true, location: found, words: n };
  }
  const typed = words.join(' ');
  return { ok: false, typed, closest: nearest(typed, known, 3, locationKey) };
}

/** A location the subscription does not have, with the closest real ones. */
export function unknownLocation(
  match: Extract<LocationMatch, { ok: false }>,
  span: Span,
  context: { readonly input: string; readonly usage: string },
): ParseError {
  return parseError(PARSE_ERROR_CODES.UnknownLocation, {
    message: `There is no location "${match.typed}" in this subscription.`,
    expected: 'a location of the subscription', input: context.input, usage: context.usage, span, suggestions: match.closest,
    hint: `Closest: ${match.closest.join(', ')}. \`location list\` shows them all.`,
  });
}
