import assert from 'node:assert/strict';
import type { Card, CardBlock } from '../../../src/slack/cards/index.ts';

/** What Slack allows in mrkdwn we write: mentions, dates, and entities; any other `<`, `>` or bare `&` is unescaped input. */
const ALLOWED_MARKUP = /<@[UW][A-Z0-9]+>|<!date\^\d+\^[^|<>]+\|[^<>]+>/g;
function assertEscaped(text: string, where: string): void {
  const rest = text.replace(ALLOWED_MARKUP, '');
  assert.ok(!/[<>]/.test(rest), `${where}: unescaped < or > in ${JSON.stringify(text.slice(0, 200))}`);
  assert.ok(!/&(?!(amp|lt|gt);)/.test(rest), `${where}: bare & in ${JSON.stringify(text.slice(0, 200))}`);
}

const plain = (t: { type: string; text: string }, max: number, where: string) => {
  assert.equal(t.type, 'plain_text', where);
  assert.ok(t.text.length >= 1 && t.text.length <= max, `${where}: ${t.text.length} > ${max}`);
};

/** Every Block Kit limit of one message (slack.md §10), block ids unique, mrkdwn escaped. */
export function assertWithinLimits(card: Card): void {
  assert.ok(card.text.length > 0 && card.text.length <= 3000, 'fallback text');
  assertEscaped(card.text, 'text');
  assert.ok(card.blocks.length >= 1 && card.blocks.length <= 50, `${card.blocks.length} blocks`);
  const ids = card.blocks.map((b) => b.block_id).filter((id): id is string => id !== undefined);
  assert.equal(new Set(ids).size, ids.length, 'block ids unique');
  for (const id of ids) assert.ok(id.length <= 255);
  card.blocks.forEach((block: CardBlock, i) => {
    const where = `block ${i} (${block.type})`;
    switch (block.type) {
      case 'header':
        plain(block.text, 150, where);
        break;
      case 'section':
        assert.ok(block.text !== undefined || block.fields !== undefined, where);
        if (block.text) {
          assert.ok(block.text.text.length >= 1 && block.text.text.length <= 3000, `${where}: ${block.text.text.length} chars`);
          if (block.text.type === 'mrkdwn') assertEscaped(block.text.text, where);
        }
        assert.ok((block.fields?.length ?? 0) <= 10, where);
        for (const f of block.fields ?? []) {
          assert.ok(f.text.length >= 1 && f.text.length <= 2000, where);
          if (f.type === 'mrkdwn') assertEscaped(f.text, where);
        }
        break;
      case 'context':
        assert.ok(block.elements.length >= 1 && block.elements.length <= 10, where);
        for (const e of block.elements) {
          assert.ok(e.text.length >= 1 && e.text.length <= 3000, where);
          if (e.type === 'mrkdwn') assertEscaped(e.text, where);
        }
        break;
      case 'actions':
        assert.ok(block.elements.length <= 25, where);
        for (const b of block.elements) {
          plain(b.text, 75, where);
          assert.ok(b.action_id.length <= 255 && b.value.length <= 2000, where);
          if (b.confirm) {
            plain(b.confirm.title, 100, where);
            plain(b.confirm.text, 300, where);
            plain(b.confirm.confirm, 30, where);
            plain(b.confirm.deny, 30, where);
          }
        }
        break;
      case 'divider':
        break;
    }
  });
}

/** All the text of a card, for "is it said" checks. */
export const allText = (card: Card): string => JSON.stringify(card.blocks);

/** The mrkdwn texts of a card (what Slack parses for mentions and links), joined. */
export function mrkdwnText(card: Card): string {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(visit);
    }
  };
  visit(card.blocks);
  return out.join('\n');
}
