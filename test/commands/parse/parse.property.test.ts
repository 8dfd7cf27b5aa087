import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CATALOG, PARSE_ERROR_CODES, parseCommand, type ParseResult } from '../../../src/commands/index.ts';

const LOCATIONS = ['West US', 'East US', 'North Central US', 'West Europe', 'Japan East'];
const CODES = new Set<string>(Object.values(PARSE_ERROR_CODES));

/** Words that steer the parser into its interesting corners. */
const vocabulary = fc.constantFrom(
  ...CATALOG.resources.map((r) => r.name), ...CATALOG.commands.map((c) => c.action), 'ls', 'rm', 'help', '/asm',
  '--help', '-h', '--dry-run', '--no-wait', '--size', '--size=Small', '--label', '--', '—size', '--ssh-key', 'ssh-rsa', 'AAAAB3NzaC1yc2E=',
  'West', 'US', 'west-us', 'North', 'Central', '"', "'", '“', '”', '‘', '’', '"West US"', '<https://a.blob.core.windows.net/x|x>', '<mailto:a@b|a@b>',
  '&amp;', '&lt;', '&gt;', '<', '>', '|', '=', 'myvm', 'mystore', 'MyStore', '名前', '🙂', '\u00A0', '\u200B', '', ' ',
);
const wordy = fc.array(vocabulary, { maxLength: 14 }).map((words) => words.join(' '));
const commandIds = CATALOG.commands.map((c) => `${c.resource} ${c.action}`);
/** Mostly-valid commands: a real command followed by random words. */
const commandish = fc.tuple(fc.constantFrom(...commandIds), fc.array(fc.oneof(vocabulary, fc.string({ maxLength: 12 })), { maxLength: 8 }))
  .map(([id, words]) => [id, ...words].join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), wordy, commandish);

function assertWellFormed(result: ParseResult): void {
  if (result.ok) {
    assert.ok(result.command.kind === 'run' || result.command.kind === 'help');
    const command = result.command;
    if (command.kind === 'run') {
      assert.ok(CATALOG.commands.some((c) => `${c.resource} ${c.action}` === command.id));
      for (const value of Object.values(command.args)) assert.equal(typeof value, 'string');
    }
    return;
  }
  const { error } = result;
  assert.ok(CODES.has(error.code), `unknown code ${error.code}`);
  assert.ok(error.message.length > 0 && error.hint.length > 0);
  assert.ok(Array.isArray(error.suggestions));
  if (error.span !== undefined) {
    assert.ok(error.span.start >= 0 && error.span.start <= error.span.end && error.span.end <= error.input.length, 'span inside the input');
  }
}

describe('parseCommand on random input', () => {
  it('never throws, always yields a command or a structured error (text)', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (text, withLocations) => {
      assertWellFormed(parseCommand(text, withLocations ? { locations: LOCATIONS } : {}));
    }), { numRuns: 3000 });
  });

  it('never throws on argv input', () => {
    fc.assert(fc.property(fc.array(fc.oneof(vocabulary, fc.string({ maxLength: 20 })), { maxLength: 12 }), (argv) => {
      assertWellFormed(parseCommand(argv, { locations: LOCATIONS }));
    }), { numRuns: 2000 });
  });

  it('a parsed command parses again to itself from its canonical text', () => {
    let parsed = 0;
    fc.assert(fc.property(commandish, (text) => {
      const first = parseCommand(text, { locations: LOCATIONS });
      if (!first.ok || first.command.kind !== 'run') return;
      parsed++;
      const again = parseCommand(first.command.text, { locations: LOCATIONS });
      assert.ok(again.ok && again.command.kind === 'run', `"${first.command.text}" did not parse again`);
      assert.deepEqual(again.command.args, first.command.args);
      assert.deepEqual(again.command.options, first.command.options);
    }), { numRuns: 3000 });
    assert.ok(parsed > 100, `only ${parsed} random commands parsed: the property was barely exercised`);
  });
});
