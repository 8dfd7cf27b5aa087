import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK_KIT_LIMITS as LIMITS, fallbackText, toBlocks, type Block, type ViewDoc } from '../../../src/commands/index.ts';

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every mrkdwn text of the message with the limit it must keep. */
function mrkdwnTexts(blocks: readonly Block[]): { text: string; max: number }[] {
  return blocks.flatMap((b) => {
    if (b.type === 'section') {
      return [
        ...(b.text ? [{ text: b.text.text, max: LIMITS.textChars }] : []),
        ...(b.fields ?? []).map((f) => ({ text: f.text, max: LIMITS.fieldChars })),
      ];
    }
    if (b.type === 'context') return b.elements.map((e) => ({ text: e.text, max: LIMITS.textChars }));
    return [];
  });
}

/** Within its limit, only whole entities, and (without a final ellipsis) the start of what was escaped. */
function assertClean(text: string, max: number, source: string): void {
  assert.ok(text.length <= max, `${text.length} > ${max}`);
  assert.doesNotMatch(text.replace(/&(amp|lt|gt);/g, ''), /[&<>]/, `a split or raw entity near: ${JSON.stringify(text.slice(-12))}`);
  const body = text.endsWith('…') ? text.slice(0, -1) : text;
  assert.ok(source.startsWith(unescape(body)), 'the text is the start of the source');
}

/** Texts whose escaped form ends right around the limit, each cut at a different place in an entity. */
const nearLimit = (max: number): string[] => [
  ...Array.from({ length: 15 }, (_, pad) => `${'a'.repeat(max - 20 + pad)}&<>&<>&`),
  ...Array.from({ length: 5 }, (_, pad) => `${'b'.repeat(pad)}${'&<>'.repeat(Math.ceil(max / 13) + 2)}`),
  '&'.repeat(max),
];

describe('Block Kit: escaped texts near the limits', () => {
  it('a section text full of & < > is cut between entities, never inside one, within 3,000 characters', () => {
    for (const source of nearLimit(LIMITS.textChars)) {
      const [, section] = toBlocks({ title: 't', tone: 'info', text: source });
      assert.ok(section?.type === 'section' && section.text !== undefined);
      assertClean(section.text.text, LIMITS.textChars, source);
      assert.ok(section.text.text.endsWith('…'), 'too long escaped: cut with an ellipsis');
      assert.ok(section.text.text.length >= LIMITS.textChars - 5, 'cut no more than one entity early');
    }
  });

  it('a text whose escaped form is exactly the limit is not cut', () => {
    const source = `${'a'.repeat(LIMITS.textChars - 5)}&`;
    const [, section] = toBlocks({ title: 't', tone: 'info', text: source });
    assert.ok(section?.type === 'section');
    assert.equal(section.text?.text, `${'a'.repeat(LIMITS.textChars - 5)}&amp;`);
  });

  it('fields, sections, context and code blocks keep whole entities too; a code block keeps its closing fence', () => {
    for (const source of [...nearLimit(LIMITS.textChars), ...nearLimit(LIMITS.fieldChars)]) {
      const doc: ViewDoc = {
        title: 't', tone: 'error', code: source,
        fields: [{ label: 'L', value: source }],
        sections: [{ text: source }],
        context: [source],
      };
      const blocks = toBlocks(doc);
      const texts = mrkdwnTexts(blocks);
      assert.equal(texts.length, 4);
      const [code, field, section, context] = texts;
      assert.ok(code && field && section && context);
      assert.ok(code.text.startsWith('```') && code.text.endsWith('```'), 'the fence is closed');
      assertClean(code.text.slice(3, -3), LIMITS.textChars - 6, source);
      assert.ok(field.text.startsWith('*L*\n'));
      assertClean(field.text.slice(4), field.max - 4, source);
      assertClean(section.text, section.max, source);
      assertClean(context.text, context.max, source);
    }
  });

  it('table rows full of & < > stay within the limit with whole entities', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`r${i}`, '&<>'.repeat(200 + i)]);
    const blocks = toBlocks({ title: 't', tone: 'info', table: { columns: ['Name', 'Value'], rows, empty: 'none' } });
    assert.ok(blocks.length <= LIMITS.blocks);
    for (const { text, max } of mrkdwnTexts(blocks)) {
      assert.ok(text.length <= max, `${text.length} > ${max}`);
      assert.doesNotMatch(text.replace(/&(amp|lt|gt);/g, ''), /[&<>]/);
    }
  });
});

describe('Block Kit: the plain-text fallback', () => {
  it('is escaped like the blocks (Slack reads markup there too) and cut between entities', () => {
    assert.equal(fallbackText({ title: 'Deleted <svc>', tone: 'ok', text: 'R&D' }), 'Deleted &lt;svc&gt;: R&amp;D');
    for (const source of nearLimit(LIMITS.textChars)) {
      assertClean(fallbackText({ title: 't', tone: 'info', text: source }), LIMITS.textChars, `t: ${source}`);
    }
  });
});
