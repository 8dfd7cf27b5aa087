import type { ViewDoc } from './doc.ts';
import { clip } from './format.ts';

export type TextObject = { readonly type: 'mrkdwn'; readonly text: string } | { readonly type: 'plain_text'; readonly text: string; readonly emoji?: boolean };
export type Block =
  | { readonly type: 'header'; readonly text: { readonly type: 'plain_text'; readonly text: string; readonly emoji: boolean } }
  | { readonly type: 'section'; readonly text?: TextObject; readonly fields?: readonly TextObject[] }
  | { readonly type: 'context'; readonly elements: readonly TextObject[] }
  | { readonly type: 'divider' };

/** Slack's limits for one message. */
export const LIMITS = { blocks: 50, headerChars: 150, textChars: 3000, fieldChars: 2000, fieldsPerSection: 10, contextElements: 10 } as const;
const ROWS_PER_SECTION = 15;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const mrkdwn = (text: string, max: number = LIMITS.textChars): TextObject => ({ type: 'mrkdwn', text: clip(escape(text), max) });
const TONE_EMOJI = { ok: ':white_check_mark:', info: ':information_source:', warning: ':warning:', error: ':x:' } as const;

function rowLine(columns: readonly string[], row: readonly string[]): string {
  const [first, ...rest] = row;
  return [`\`${first ?? ''}\``, ...rest.map((cell, i) => (cell === '—' ? '' : `${columns[i + 1] ?? ''}: ${cell}`)).filter((c) => c !== '')].join(' · ');
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

/** The doc as Slack blocks: header, text, fields, table rows, sections, context; never over Slack's limits. */
export function toBlocks(doc: ViewDoc): Block[] {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: clip(`${TONE_EMOJI[doc.tone]} ${doc.title}`, LIMITS.headerChars), emoji: true } }];
  if (doc.text) blocks.push({ type: 'section', text: mrkdwn(doc.text) });
  if (doc.code) blocks.push({ type: 'section', text: mrkdwn(`\`\`\`${clip(doc.code, LIMITS.textChars - 10)}\`\`\``) });
  const fields = doc.fields ?? [];
  for (let i = 0; i < fields.length && blocks.length < LIMITS.blocks - 12; i += LIMITS.fieldsPerSection) {
    blocks.push({ type: 'section', fields: fields.slice(i, i + LIMITS.fieldsPerSection).map((f) => mrkdwn(`*${f.label}*\n${f.value}`, LIMITS.fieldChars)) });
  }
  for (const section of doc.sections ?? []) {
    if (blocks.length >= LIMITS.blocks - 12) break;
    blocks.push({ type: 'section', text: mrkdwn(section.title ? `*${section.title}*\n${section.text}` : section.text) });
  }
  const context = [...(doc.context ?? [])];
  if (doc.table !== undefined) {
    if (doc.table.rows.length === 0) blocks.push({ type: 'section', text: mrkdwn(doc.table.empty) });
    else {
      blocks.push({ type: 'context', elements: [mrkdwn(doc.table.columns.join(' · '))] });
      const { blocks: rows, shown } = lineSections(doc.table.rows.map((r) => rowLine(doc.table?.columns ?? [], r)), LIMITS.blocks - blocks.length - 2);
      blocks.push(...rows);
      if (shown < doc.table.rows.length) context.unshift(`… and ${doc.table.rows.length - shown} more`);
    }
  }
  if (context.length > 0) {
    const elements = context.length <= LIMITS.contextElements ? context : [...context.slice(0, LIMITS.contextElements - 1), context.slice(LIMITS.contextElements - 1).join(' ')];
    blocks.push({ type: 'context', elements: elements.map((c) => mrkdwn(c)) });
  }
  return blocks.slice(0, LIMITS.blocks);
}

/** Plain text of the same message, for notifications and clients without blocks. */
export function fallbackText(doc: ViewDoc): string {
  return clip(`${doc.title}${doc.text ? `: ${doc.text}` : ''}`, LIMITS.textChars);
}
