import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The graph of a fresh process is what a cold start pays for, so this spawns one.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const output = execFileSync(process.execPath, [
  '--disable-warning=ExperimentalWarning', '--import', here('./support/record-modules.ts'), here('./support/print-module-graph.ts'), here('../../functions/slack.ts'),
], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const reached: string[] = JSON.parse(output.trim().split('\n').at(-1)!);

test('loading functions/slack.ts reaches Bolt and the light parts of src, not the management core, Key Vault, identity or storage clients', () => {
  assert.ok(reached.includes('@slack/bolt') && reached.includes('src/slack') && reached.includes('src/commands'), `reached: ${reached.join(', ')}`);
  for (const heavy of ['src/management', 'src/wire', 'src/emulator', 'src/certificates', 'src/cli', 'src/local', '@azure/keyvault-secrets', '@azure/identity', '@azure/data-tables', '@azure/storage-queue', 'fast-xml-parser']) {
    assert.ok(!reached.includes(heavy), `${heavy} is on the acknowledgement path`);
  }
});

test('loading functions/slack.ts does not reach node-forge or undici', { todo: 'src/commands imports them statically (plan/ssh-key-certificate.ts, plan/service-configuration.ts) through the catalog' }, () => {
  assert.ok(!reached.includes('node-forge'), 'node-forge is on the acknowledgement path');
  assert.ok(!reached.includes('undici'), 'undici is on the acknowledgement path');
});
