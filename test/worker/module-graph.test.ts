import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const WORKER = new URL('../../src/worker/index.ts', import.meta.url).pathname;

// A fresh process is the thing under test: what a Functions instance that only runs the worker, the
// poller or the digests loads (the Slack function's Bolt app is built on its own first request).
const SCRIPT = `
import { createRequire } from 'node:module';
await import(${JSON.stringify(WORKER)});
const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => file.replace(/^.*node_modules\\//, ''));
console.log(JSON.stringify([...new Set(loaded.map((file) => file.split('/')[0].startsWith('@') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0]))]));
`;

test('the worker posts through the Web API client alone: no Bolt, no HTTP server, no Socket Mode client', async () => {
  const { stdout } = await run(process.execPath, ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
  const packages = JSON.parse(stdout) as string[];
  for (const heavy of ['@slack/bolt', '@slack/socket-mode', 'express', '@azure/data-tables', 'node-forge']) {
    assert.ok(!packages.includes(heavy), `${heavy} is loaded with the worker: ${packages.join(', ')}`);
  }
});
