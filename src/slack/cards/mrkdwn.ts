import { BLOCK_KIT_LIMITS, clip, escapeClipped, type TextObject } from '../../commands/index.ts';
import type { CardBlock } from './types.ts';

export { clip, BLOCK_KIT_LIMITS as LIMITS };

/** Any text for mrkdwn: `&`, `<`, `>` escaped (so `<!channel>` or `<@U1>` typed by someone stays text). */
export const esc = (text: string, max: number = BLOCK_KIT_LIMITS.textChars): string => escapeClipped(text, max);

const USER = /^[UW][A-Z0-9]{2,}$/;
/** A mention of a user id; anything that is not a user id is shown as escaped text. */
export const mention = (userId: string): string => (USER.test(userId) ? `<@${userId}>` : esc(userId, 80));

const MENTION = /<@[UW][A-Z0-9]{2,}>/g;
/** Text we wrote that may hold mentions: the mentions kept, everything else escaped. */
export function escKeepMentions(text: string, max: number = BLOCK_KIT_LIMITS.textChars): string {
  const mentions = text.match(MENTION) ?? [];
  const parts = text.split(MENTION).map((p) => esc(p, max));
  const joined = parts.reduce((out, part, i) => out + part + (mentions[i] ?? ''), '');
  return joined.length <= max ? joined : esc(text, max);
}

/** A time every reader sees in their own zone, with the ISO time as the fallback. */
export function slackDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return esc(iso, 60);
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')}>`;
}

export const md = (text: string): TextObject => ({ type: 'mrkdwn', text });
export const header = (text: string, blockId?: string): CardBlock => ({
  type: 'header', text: { type: 'plain_text', text: clip(text, BLOCK_KIT_LIMITS.headerChars), emoji: true }, ...(blockId ? { block_id: blockId } : {}),
});
export const section = (text: string, blockId?: string): CardBlock => ({ type: 'section', text: md(text), ...(blockId ? { block_id: blockId } : {}) });
export const context = (texts: readonly string[]): CardBlock => ({ type: 'context', elements: texts.slice(0, BLOCK_KIT_LIMITS.contextElements).map(md) });

/** A block id unique to this job's message: `prefix.<jobId>` within Slack's 255 characters. */
export const blockId = (prefix: string, jobId: string): string => `${prefix}.${jobId}`.slice(0, 255);

/**
 * Already-escaped lines as sections under 3,000 characters each, at most `budget` sections; says
 * how many lines are left out when they do not all fit.
 */
export function lineSections(lines: readonly string[], budget: number, idPrefix?: string): { blocks: CardBlock[]; shown: number } {
  const blocks: CardBlock[] = [];
  let current: string[] = [];
  let shown = 0;
  const flush = () => {
    blocks.push(section(current.join('\n'), idPrefix ? `${idPrefix}.${blocks.length}` : undefined));
    current = [];
  };
  for (const line of lines) {
    if (current.length > 0 && [...current, line].join('\n').length > BLOCK_KIT_LIMITS.textChars) flush();
    if (blocks.length >= budget) break;
    current.push(line.length > BLOCK_KIT_LIMITS.textChars ? `${line.slice(0, 2000)}…` : line);
    shown++;
  }
  if (current.length > 0) flush();
  return { blocks, shown };
}
