import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';

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
