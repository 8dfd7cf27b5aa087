import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';
import { BOT_TOKEN } from '../slack/listeners/harness.ts';

let stack: Stack;
before(async () => { stack = await startStack(); });
after(async () => { await stack.close(); });

const digestsInChannel = () => stack.channel().filter((m) => m.metadata?.event_type === 'asm_digest');
const text = (value: unknown) => JSON.stringify(value);

test('/asm digest daily stores the schedule; the timer posts the digest once per period through the worker\'s clients', async () => {
  const ack = await stack.command('alice', 'digest daily 09:00 Europe/Berlin');
  assert.match(text(ack.ack), /daily 09:00 Europe\/Berlin/);
  const record = await stack.schedules.get(IDS.ops);
  assert.deepEqual(record?.schedule, { kind: 'daily', time: '09:00', timeZone: 'Europe/Berlin' });
  assert.equal(record?.binding?.subscriptionId, stack.emulator.subscriptionId);
  await stack.digestTick();
  assert.equal(digestsInChannel().length, 0, 'the period under way when it was set is skipped');
  stack.clock.ms += 24 * 60 * 60_000;
  await stack.digestTick();
  await stack.digestTick();
  const posted = digestsInChannel();
  assert.equal(posted.length, 1, 'one digest for the period, however many ticks');
  assert.match(text(posted[0]!.blocks), /[Ss]torage/);
});

test('/asm digest now queues the digest; the worker posts it without touching the schedule', async () => {
  const before = digestsInChannel().length;
  const ack = await stack.command('carol', 'digest now');
  assert.equal(ack.status, 200);
  const message = stack.queued.at(-1)!;
  assert.deepEqual([message.action, message.channel], ['digest', IDS.ops]);
  const record = await stack.schedules.get(IDS.ops);
  await stack.runQueued();
  assert.equal(digestsInChannel().length, before + 1);
  assert.equal((await stack.schedules.get(IDS.ops))?.etag, record?.etag, 'the schedule record is unchanged');
});

test('/asm digest with a bad schedule answers how to write it; a reader cannot change the schedule; off turns it off', async () => {
  const bad = await stack.command('alice', 'digest hourly');
  assert.match(text(bad.ack), /Usage/);
  assert.equal((bad.ack as { response_type: string }).response_type, 'ephemeral');
  const refused = await stack.command('carol', 'digest weekly mon 09:00');
  assert.equal((refused.ack as { response_type: string }).response_type, 'ephemeral');
  assert.equal((await stack.schedules.get(IDS.ops))?.schedule?.kind, 'daily');
  await stack.command('alice', 'digest off');
  assert.equal((await stack.schedules.get(IDS.ops))?.schedule, undefined);
  // The refusal and the change are audited by the worker, from the queue.
  await stack.runQueued();
  const entries = await stack.audit.list({ channelId: IDS.ops });
  assert.ok(entries.some((a) => a.kind === 'refusal' && a.userId === IDS.carol && a.command === 'digest weekly mon 09:00'));
  assert.ok(entries.some((a) => a.kind === 'request' && a.userId === IDS.alice && a.decision === 'digest-off'));
});

test('/asm digest now delivered twice (one after the other, and at once) posts one digest per request', async () => {
  await stack.command('carol', 'digest now');
  const message = stack.queued.pop()!;
  const before = digestsInChannel().length;
  await stack.runJob(message);
  await stack.runJob(message, 2);
  assert.equal(digestsInChannel().length, before + 1, 'redelivered: posted once');
  await stack.command('carol', 'digest now');
  const second = stack.queued.pop()!;
  assert.notEqual(second.jobId, message.jobId, 'each request has its own id');
  await Promise.all([stack.runJob(second), stack.runJob(second, 2)]);
  assert.equal(digestsInChannel().length, before + 2, 'at once: posted once');
  const ids = digestsInChannel().slice(-2).map((m) => m.metadata?.event_payload['job_id']);
  assert.deepEqual(ids, [message.jobId, second.jobId], 'each digest is tagged with its request');
});

test('/asm digest now: a delivery that died after its intent posts at the redelivery after the lease; one that died after posting is found in the channel', async () => {
  await stack.command('carol', 'digest now');
  const message = stack.queued.pop()!;
  const before = digestsInChannel().length;
  // What a worker killed between posting and recording leaves: the intent, and the post in Slack.
  const { createDigestRequests } = await import('../../src/worker/digest-requests.ts');
  const ledger = createDigestRequests(stack.azurite.connectionString);
  assert.deepEqual(await ledger.claim(message.jobId, stack.now(), 120_000), { state: 'claimed' });
  await stack.runJob(message, 2);
  assert.equal(digestsInChannel().length, before, 'a fresh intent is left to its owner');
  stack.clock.ms += 121_000;
  await stack.runJob(message, 3);
  assert.equal(digestsInChannel().length, before + 1, 'a stale intent with nothing in Slack: posted');
  await stack.runJob(message, 4);
  assert.equal(digestsInChannel().length, before + 1);

  await stack.command('carol', 'digest now');
  const posted = stack.queued.pop()!;
  await ledger.claim(posted.jobId, stack.now(), 120_000);
  const { createPoster, createSlackWebClient } = await import('../../src/worker/index.ts');
  const poster = createPoster(createSlackWebClient(BOT_TOKEN, { apiUrl: stack.sim.apiUrl }), () => {});
  await poster.post(IDS.ops, { text: 'digest', blocks: [] }, { eventType: 'asm_digest', jobId: posted.jobId, key: IDS.ops });
  stack.clock.ms += 121_000;
  await stack.runJob(posted, 2);
  assert.equal(digestsInChannel().filter((m) => m.metadata?.event_payload['job_id'] === posted.jobId).length, 1, 'found, not posted again');
});
