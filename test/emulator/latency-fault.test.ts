import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';

describe('emulator latency fault', () => {
  let t: TestEmulator;
  let agent: Agent;
  before(async () => {
    t = await startTestEmulator();
    agent = new Agent({ connect: { ca: t.ca, cert: t.clientPem, key: t.clientPem } });
  });
  after(async () => {
    await agent.close();
    await t.close();
  });

  it('holds the affected request while others are served, and closing the emulator ends the hold', async () => {
    t.emulator.admin.setFaults({ latencyMs: 3_600_000, count: 1 });
    const abort = new AbortController();
    let settled = false;
    const held = request(`${t.emulator.url}/${t.emulator.subscriptionId}/locations`, {
      headers: { 'x-ms-version': '2014-10-01' },
      dispatcher: agent,
      signal: abort.signal,
    }).finally(() => (settled = true));
    // The fault is used up once the held request has been received and its fate decided.
    for (let polls = 0; t.emulator.admin.status().faults !== null; polls++) {
      assert.ok(polls < 6_000, 'the held request never reached the emulator');
      await sleep(10);
    }
    assert.equal((await t.send('GET', '/locations')).status, 200);
    assert.equal(settled, false, 'the request hit by the latency fault is still waiting');
    abort.abort();
    await assert.rejects(held, { name: 'AbortError' });
  });
});
