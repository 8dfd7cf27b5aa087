import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = new URL('../../src/cli/index.ts', import.meta.url).pathname;

// A fresh process is the thing under test: what the asm command loads before it runs anything.
const SCRIPT = `
import { createRequire } from 'node:module';
await import(${JSON.stringify(CLI)});
const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => file.replace(/^.*node_modules\\//, ''));
console.log(JSON.stringify([...new Set(loaded.map((file) => file.split('/')[0].startsWith('@') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0]))]));
`;

test('the CLI loads no Azure SDK, Slack or node-forge code until a command needs it', async () => {
  const { stdout } = await run(process.execPath, ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
  const packages = JSON.parse(stdout) as string[];
  for (const heavy of ['@azure/data-tables', '@azure/identity', '@azure/keyvault-secrets', '@azure/core-client', '@slack/bolt', '@slack/web-api', 'node-forge']) {
    assert.ok(!packages.includes(heavy), `${heavy} is loaded at start: ${packages.join(', ')}`);
  }
});
