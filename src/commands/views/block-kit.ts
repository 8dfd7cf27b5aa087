import type { ViewDoc } from './doc.ts';
import { clip } from './format.ts';

export type TextObject =
  | { readonly type: 'mrkdwn'; readonly text: string }
  | { readonly type: 'plain_text'; readonly text: string; readonly emoji?: boolean };
export type Block =
  | { readonly type: 'header'; readonly text: { readonly type: 'plain_text'; readonly text: string; readonly emoji: boolean } }
  | { readonly type: 'section'; readonly text?: TextObject; readonly fields?: readonly TextObject[] }
  | { readonly type: 'context'; readonly elements: readonly TextObject[] }
  | { readonly type: 'divider' };

/** Slack's limits for one message. */
export const LIMITS = {
  blocks: 50, headerChars: 150, textChars: 3000, fieldChars: 2000, fieldsPerSection: 10, contextElements: 10,
} as const;
const ROWS_PER_SECTION = 15;
/** Blocks kept free for the table, its "… and N more" and the context. */
const RESERVED_BLOCKS = 12;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escape = (text: string) => text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);

/**
 * Escaped for mrkdwn and at most `max` UTF-16 units, an ellipsis last when cut. It is cut between
 * characters of the source, never inside an entity (`&am…`) or a surrogate pair.
 */
export function escapeClipped(text: string, max: number): string {
  const escaped = escape(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const char of text) {
    const piece = ENTITIES[char] ?? char;
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

const mrkdwn = (text: string, max: number = LIMITS.textChars): TextObject => ({ type: 'mrkdwn', text: escapeClipped(text, max) });
const FENCE = '```';
const codeBlock = (code: string): TextObject => ({
  type: 'mrkdwn',
  text: `${FENCE}${escapeClipped(code, LIMITS.textChars - 2 * FENCE.length)}${FENCE}`,
});
const TONE_EMOJI = { ok: ':white_check_mark:', info: ':information_source:', warning: ':warning:', error: ':x:' } as const;

function rowLine(columns: readonly string[], row: readonly string[]): string {
  const [first, ...rest] = row;
  const labelled = rest.map((cell, i) => (cell === '—' ? '' : `${columns[i + 1] ?? ''}: ${cell}`)).filter((c) => c !== '');
  return [`\`${first ?? ''}\``, ...labelled].join(' · ');
}

/** Lines grouped into sections under the 3,000-character limit, at most `budget` sections. */
function lineSections(lines: readonly string[], budget: number): { blocks: Block[]; shown: number } {
  const blocks: Block[] = [];
  let current: string[] = [];
  let shown = 0;
  for (const raw of lines) {
    const line = clip(raw, 600);
    const full = current.length >= ROWS_PER_SECTION || escape([...current, line].join('\n')).length > LIMITS.textChars;
    if (current.length > 0 && full) {
      blocks.push({ type: 'section', text: mrkdwn(current.join('\n')) });
      current = [];
    }
    if (blocks.length >= budget) break;
    current.push(line);
    shown++;
  }
  // Lines are only added while a section is still allowed, so the last group always fits.
  if (current.length > 0) blocks.push({ type: 'section', text: mrkdwn(current.join('\n')) });
  return { blocks, shown };
}

function fieldSections(fields: NonNullable<ViewDoc['fields']>, blocks: Block[]): void {
  for (let i = 0; i < fields.length && blocks.length < LIMITS.blocks - RESERVED_BLOCKS; i += LIMITS.fieldsPerSection) {
    const group = fields.slice(i, i + LIMITS.fieldsPerSection);
    blocks.push({ type: 'section', fields: group.map((f) => mrkdwn(`*${f.label}*\n${f.value}`, LIMITS.fieldChars)) });
  }
}

/** The table as a context line of column names and sections of rows; says how many rows did not fit. */
function tableBlocks(table: NonNullable<ViewDoc['table']>, blocks: Block[], context: string[]): void {
  if (table.rows.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn(table.empty) });
    return;
  }
  blocks.push({ type: 'context', elements: [mrkdwn(table.columns.join(' · '))] });
  const lines = table.rows.map((r) => rowLine(table.columns, r));
  const { blocks: rows, shown } = lineSections(lines, LIMITS.blocks - blocks.length - 2);
  blocks.push(...rows);
  if (shown < table.rows.length) context.unshift(`… and ${table.rows.length - shown} more`);
}

/** The doc as Slack blocks: header, text, fields, table rows, sections, context; never over Slack's limits. */
export function toBlocks(doc: ViewDoc): Block[] {
  const header = clip(`${TONE_EMOJI[doc.tone]} ${doc.title}`, LIMITS.headerChars);
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: header, emoji: true } }];
  if (doc.text) blocks.push({ type: 'section', text: mrkdwn(doc.text) });
  if (doc.code) blocks.push({ type: 'section', text: codeBlock(doc.code) });
  fieldSections(doc.fields ?? [], blocks);
  for (const section of doc.sections ?? []) {
    if (blocks.length >= LIMITS.blocks - RESERVED_BLOCKS) break;
    blocks.push({ type: 'section', text: mrkdwn(section.title ? `*${section.title}*\n${section.text}` : section.text) });
  }
  const context = [...(doc.context ?? [])];
  if (doc.table !== undefined) tableBlocks(doc.table, blocks, context);
  if (context.length > 0) {
    const last = LIMITS.contextElements - 1;
    const elements = context.length <= LIMITS.contextElements ? context : [...context.slice(0, last), context.slice(last).join(' ')];
    blocks.push({ type: 'context', elements: elements.map((c) => mrkdwn(c)) });
  }
  return blocks.slice(0, LIMITS.blocks);
}

/** Plain text of the same message, for notifications and clients without blocks (Slack reads markup there too). */
export function fallbackText(doc: ViewDoc): string {
  return escapeClipped(`${doc.title}${doc.text ? `: ${doc.text}` : ''}`, LIMITS.textChars);
}
