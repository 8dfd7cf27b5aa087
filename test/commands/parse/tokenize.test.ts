import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchLocation, normalizeInput, tokenize, unwrapSlackMarkup } from '../../../src/commands/index.ts';

const words = (text: string) => {
  const result = tokenize(normalizeInput(text));
  assert.ok(result.ok, 'expected the text to tokenize');
  return result.tokens.map((t) => t.text);
};

describe('unwrapSlackMarkup', () => {
  const table: readonly [string, string][] = [
    ['<https://x.blob.core.windows.net/c/a.cscfg|label>', 'https://x.blob.core.windows.net/c/a.cscfg'],
    ['<https://x.blob.core.windows.net/c/a.cscfg>', 'https://x.blob.core.windows.net/c/a.cscfg'],
    ['<http://example.com|example.com>', 'example.com'],
    ['<mailto:a@b.com|a@b.com>', 'a@b.com'],
    ['<mailto:a@b.com>', 'a@b.com'],
    ['<@U123|bob>', '@bob'],
    ['<#C123|general>', '#general'],
    ['<!here>', '@here'],
    ['R&amp;D &lt;tag&gt;', 'R&D <tag>'],
    ['&amp;lt;', '&lt;'],
    ['no markup', 'no markup'],
  ];
  for (const [input, expected] of table) it(input, () => assert.equal(unwrapSlackMarkup(input), expected));
});

describe('tokenize', () => {
  it('groups quoted words with straight and typographic quotes', () => {
    assert.deepEqual(words('a "b c" \'d e\' “f g” ‘h i’ j'), ['a', 'b c', 'd e', 'f g', 'h i', 'j']);
  });
  it('keeps apostrophes inside words', () => {
    assert.deepEqual(words("--description 'Bob's server' x"), ['--description', "Bob's server", 'x']);
    assert.deepEqual(words("it's fine"), ["it's", 'fine']);
  });
  it('reads --opt="a b" as one option word', () => {
    const result = tokenize('--label="a b" c');
    assert.ok(result.ok);
    assert.deepEqual(result.tokens.map((t) => [t.text, t.quoted]), [['--label=a b', false], ['c', false]]);
  });
  it('turns a phone’s dash into an option prefix, but not inside quotes', () => {
    assert.deepEqual(words('—size – “—x”'), ['--size', '–', '—x']);
  });
  it('treats unicode spaces as spaces and drops zero-width characters', () => {
    assert.deepEqual(words('vm\u00A0list\u2003x\u200By'), ['vm', 'list', 'xy']);
  });
  it('reports where an unterminated quote starts', () => {
    const result = tokenize('a "b c');
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'UNTERMINATED_QUOTE');
    assert.deepEqual(result.error.span, { start: 2, end: 6 });
  });
  it('gives each token its offsets in the normalized text', () => {
    const result = tokenize('vm  create "x y"');
    assert.ok(result.ok);
    assert.deepEqual(result.tokens.map((t) => [t.start, t.end]), [[0, 2], [4, 10], [11, 16]]);
  });
});

describe('matchLocation', () => {
  const known = ['West US', 'North Central US', 'West Europe'];
  it('matches the longest run of words in any spelling', () => {
    assert.deepEqual(matchLocation(['north', 'central', 'us', 'x'], known), { ok: true, location: 'North Central US', words: 3 });
    assert.deepEqual(matchLocation(['West-Europe'], known), { ok: true, location: 'West Europe', words: 1 });
  });
  it('proposes the closest real locations', () => {
    const result = matchLocation(['Wets', 'US'], known);
    assert.ok(!result.ok);
    assert.equal(result.closest[0], 'West US');
  });
});
