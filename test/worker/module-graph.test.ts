import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packagesLoadedBy } from '../helpers/loaded-packages.ts';

// What a Functions instance that only runs the worker, the poller or the digests loads (the Slack
// function's Bolt app is built on its own first request).
test('the worker posts through the Web API client alone: no Bolt, no HTTP server, no Socket Mode client', async () => {
  const packages = await packagesLoadedBy(new URL('../../src/worker/index.ts', import.meta.url).pathname);
  assert.ok(packages.includes('@slack/web-api'), `the Web API client is what posts: ${packages.join(', ')}`);
  for (const heavy of ['@slack/bolt', '@slack/socket-mode', 'express', '@azure/data-tables', 'node-forge']) {
    assert.ok(!packages.includes(heavy), `${heavy} is loaded with the worker: ${packages.join(', ')}`);
  }
});
