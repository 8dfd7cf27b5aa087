import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommand } from '../../../src/commands/index.ts';

const LOCATIONS = { locations: ['West US', 'East US'] };
const refused = (input: string | string[]) => {
  const result = parseCommand(input, LOCATIONS);
  assert.ok(!result.ok, `${JSON.stringify(input)} should be refused`);
  return result.error;
};

describe('the command language refuses what it cannot take, instead of dropping or passing it on', () => {
  it('a control character in a value is a usage error before anything is sent', () => {
    assert.equal(refused(['service', 'create', 's1', 'West', 'US', '--label', 'a\u0007b']).code, 'INVALID_OPTION_VALUE');
    assert.equal(refused(['service', 'create', 's1', 'West', 'US', '--description', 'line\nbreak']).code, 'INVALID_OPTION_VALUE');
    assert.equal(refused(['service', 'create', 's\u0001x', 'West', 'US']).code, 'INVALID_ARGUMENT');
  });

  it('a word of punctuation only is an error, in chat and in argv; quoted, it is a value', () => {
    for (const input of ['service create s1 & West US', ['service', 'create', 's1', '&', 'West', 'US'], 'vm start web1 ;']) {
      const error = refused(input);
      assert.equal(error.code, 'INVALID_ARGUMENT');
      assert.match(error.message, /is only punctuation/);
    }
    const quoted = parseCommand('service create s1 West US --label "&"', LOCATIONS);
    assert.ok(quoted.ok && quoted.command.kind === 'run' && quoted.command.options.label === '&');
  });

  it('`--` ends the options: what follows is a value, even --json', () => {
    const error = refused(['service', 'create', '--', '--json']);
    assert.equal(error.code, 'INVALID_ARGUMENT');
    assert.match(error.message, /"--json" is not a valid cloud service name/);
  });

  it('image add takes only an https blob URL of a storage account, as the service does', () => {
    const http = refused(['image', 'add', 'img1', 'http://store.blob.core.windows.net/vhds/a.vhd', 'linux']);
    assert.equal(http.code, 'INVALID_ARGUMENT');
    assert.match(http.hint, /https:\/\/store\.blob\.core\.windows\.net\/vhds\/a\.vhd/);
    assert.equal(refused(['image', 'add', 'img1', 'https://example.com/vhds/a.vhd', 'linux']).code, 'INVALID_ARGUMENT');
    assert.equal(refused(['image', 'add', 'img1', 'https://store.blob.core.windows.net/', 'linux']).code, 'INVALID_ARGUMENT');
    const ok = parseCommand(['image', 'add', 'img1', 'https://store.blob.core.windows.net/vhds/a.vhd', 'linux'], LOCATIONS);
    assert.ok(ok.ok);
  });
});
