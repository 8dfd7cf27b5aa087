import { unwrapSlackMarkup } from './slack-markup.ts';

// Zero-width characters that phones and rich-text editors slip between words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Every Unicode space (NBSP from Slack, thin spaces from phones) separates words like a space.
const SPACE = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/gu;

/** The text a command is parsed from: Slack markup removed, spaces made plain, NFC form. */
export function normalizeInput(raw: string): string {
  return unwrapSlackMarkup(raw.normalize('NFC')).replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

/** Phones turn `--` into an en or em dash; an option written that way is still an option. */
export function normalizeDashes(word: string): string {
  return word.replace(/^[\u2012-\u2015](?=\p{L})/u, '--');
}
