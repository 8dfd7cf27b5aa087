import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packagesLoadedBy } from '../helpers/loaded-packages.ts';

test('the CLI loads no Azure SDK, Slack or node-forge code until a command needs it', async () => {
  const packages = await packagesLoadedBy(new URL('../../src/cli/index.ts', import.meta.url).pathname);
  assert.ok(packages.includes('undici') && packages.includes('saxes'), `the management core is loaded: ${packages.join(', ')}`);
  for (const heavy of ['@azure/data-tables', '@azure/identity', '@azure/keyvault-secrets', '@azure/core-client', '@slack/bolt', '@slack/web-api', 'node-forge']) {
    assert.ok(!packages.includes(heavy), `${heavy} is loaded at start: ${packages.join(', ')}`);
  }
});
