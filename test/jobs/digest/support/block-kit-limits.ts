import assert from 'node:assert/strict';
import type { Block } from '../../../../src/commands/index.ts';

/** Fails unless the message is within Slack's documented Block Kit limits (platform/slack.md §10). */
export function assertWithinBlockKitLimits(blocks: readonly Block[]): void {
  assert.ok(blocks.length <= 50, `${blocks.length} blocks`);
  for (const block of blocks) {
    if (block.type === 'header') assert.ok(block.text.text.length <= 150, 'header over 150');
    if (block.type === 'section') {
      if (block.text) assert.ok(block.text.text.length >= 1 && block.text.text.length <= 3000, `section text of ${block.text.text.length}`);
      assert.ok((block.fields ?? []).length <= 10, `${block.fields?.length} fields`);
      for (const field of block.fields ?? []) assert.ok(field.text.length <= 2000, `field of ${field.text.length}`);
    }
    if (block.type === 'context') assert.ok(block.elements.length <= 10, `${block.elements.length} context elements`);
  }
}

/** The text of all blocks, for looking things up. */
export const blockText = (blocks: readonly Block[]): string =>
  blocks.map((b) => (b.type === 'section' ? [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n') : b.type === 'context' ? b.elements.map((e) => e.text).join('\n') : b.type === 'header' ? b.text.text : '')).join('\n');
