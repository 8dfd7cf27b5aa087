import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, SUBSCRIPTION, startBot, textOf, type Bot } from './harness.ts';

let bot: Bot;
before(async () => { bot = await startBot(); });
after(() => bot.close());

test('help, help vm and vm create --help answer only the person, with blocks, and record nothing', async () => {
  for (const text of ['help', 'help vm', 'vm create --help']) {
    const r = await bot.command('carol', text);
    assert.equal(r.status, 200);
    const ack = r.ack as { response_type: string; blocks: unknown[] };
    assert.equal(ack.response_type, 'ephemeral', text);
    assert.ok(ack.blocks.length > 0);
  }
  assert.match(textOf((await bot.command('carol', 'vm create --help')).ack), /vm create/);
  assert.equal(bot.queued.length, 0);
});

test('a typo gets the did-you-mean and the fix; a bad value says what is expected', async () => {
  const typo = await bot.command('alice', 'vm craete web1');
  assert.equal((typo.ack as { response_type: string }).response_type, 'ephemeral');
  assert.match(textOf(typo.ack), /Did you mean `vm create`/);
  const bad = await bot.command('alice', 'vm create -bad- "West US"');
  assert.match(textOf(bad.ack), /vm create/);
  assert.equal(bot.queued.length, 0);
});

test('an unbound channel runs nothing and says how to bind it; the refusal is audited', async () => {
  const r = await bot.command('alice', 'vm list', 'free');
  assert.equal((r.ack as { response_type: string }).response_type, 'ephemeral');
  assert.match(textOf(r.ack), /not bound/);
  assert.match(textOf(r.ack), /ASM_CHANNELS/);
  const [entry] = await bot.audit.list({ channelId: IDS.free });
  assert.equal(entry?.kind, 'refusal');
  assert.match(entry?.reason ?? '', /CHANNEL_NOT_BOUND/);
  assert.equal(bot.queued.length, 0);
});

test('a read: "Working on it" in the channel, a planned job with its origin, a plan message queued, a request audited', async () => {
  const before = bot.queued.length;
  const r = await bot.command('carol', 'vm list');
  const ack = r.ack as { response_type: string; text: string };
  assert.equal(ack.response_type, 'in_channel');
  assert.match(ack.text, /Working on it/);
  const message = bot.queued.slice(before);
  assert.equal(message.length, 1);
  assert.equal(message[0]!.action, 'plan');
  const job = await bot.jobs.get(message[0]!.jobId);
  assert.equal(job?.status, 'planned');
  assert.equal(job?.commandId, 'vm list');
  assert.equal(job?.risk, 'read');
  assert.equal(job?.requester, IDS.carol);
  assert.deepEqual(job?.binding, { subscriptionId: SUBSCRIPTION, certificate: 'ops-cert' });
  assert.equal(job?.origin['channel'], IDS.ops);
  assert.equal(job?.origin['team'], bot.sim.state.identity.teamId);
  assert.match(job?.origin['responseUrl'] ?? '', /\/hooks\/commands\//);
  assert.equal(job?.origin['approval'], 'none');
  const audit = await bot.audit.list({ channelId: IDS.ops });
  assert.ok(audit.some((a) => a.kind === 'request' && a.jobId === job?.id && a.userId === IDS.carol));
  // The channel shows the command and the answer (in_channel).
  assert.deepEqual(bot.sim.state.channelHistory(IDS.ops).slice(-2).map((m) => m.user), [IDS.carol, bot.sim.state.identity.botUserId]);
});

test('a change shows its preview in the channel and is recorded as needing approval', async () => {
  const before = bot.queued.length;
  const r = await bot.command('alice', 'vm create web1 "West US"');
  const ack = r.ack as { response_type: string; blocks: { type: string }[] };
  assert.equal(ack.response_type, 'in_channel');
  assert.match(textOf(ack), /Create VM web1 in West US/);
  assert.match(textOf(ack), /approval card follows/);
  const [message] = bot.queued.slice(before);
  const job = await bot.jobs.get(message!.jobId);
  assert.deepEqual([job?.status, job?.risk, job?.origin['approval']], ['planned', 'change', 'required']);
  assert.equal(job?.plan, undefined, 'the plan is the worker\'s, made with reads');
});

test('a destroy by a reader is refused, explained and audited, and records no job', async () => {
  const before = bot.queued.length;
  const r = await bot.command('carol', 'vm delete web1');
  assert.equal((r.ack as { response_type: string }).response_type, 'ephemeral');
  assert.match(textOf(r.ack), /NOT_A_DESTROYER/);
  assert.equal(bot.queued.length, before);
  // The test clock stands still, so entries are found by content, not by order.
  const refusals = (await bot.audit.list({ channelId: IDS.ops })).filter((a) => a.kind === 'refusal' && a.command === 'vm delete web1');
  assert.deepEqual(refusals.map((a) => [a.userId, a.reason?.split(':')[0]]), [[IDS.carol, 'NOT_A_DESTROYER']]);
});

test('jobs lists this channel\'s jobs; job show shows one; another channel\'s job is not found', async () => {
  const list = await bot.command('carol', 'jobs');
  assert.equal((list.ack as { response_type: string }).response_type, 'ephemeral');
  assert.match(textOf(list.ack), /vm list/);
  const [first] = (await bot.jobs.listRecent({ origin: { channel: IDS.ops } })).filter((j) => j.command === 'vm list');
  const show = await bot.command('carol', `job show ${first!.id}`);
  assert.match(textOf(show.ack), new RegExp(first!.id));
  const elsewhere = await bot.command('alice', `job show ${first!.id}`, 'dev');
  assert.match(textOf(elsewhere.ack), /There is no job/);
  assert.match(textOf((await bot.command('carol', 'job frobnicate')).ack), /Usage/);
});

test('job cancel: by someone else refused; by the requester cancelled, audited, card updated', async () => {
  const before = bot.queued.length;
  await bot.command('alice', 'vm start web1');
  const job = await bot.jobs.get(bot.queued[before]!.jobId);
  const { ts } = await bot.planAndPostCard(job!.id);
  const refused = await bot.command('carol', `job cancel ${job!.id}`);
  assert.match(textOf(refused.ack), /NOT_REQUESTER/);
  const done = await bot.command('alice', `job cancel ${job!.id}`);
  assert.equal((done.ack as { response_type: string }).response_type, 'in_channel');
  assert.match(textOf(done.ack), /cancelled job/);
  assert.equal((await bot.jobs.get(job!.id))?.status, 'cancelled');
  const card = bot.sim.state.message(IDS.ops, ts);
  assert.ok(card?.edited, 'the card was updated in place');
  assert.ok(!textOf(card?.blocks).includes('job.approve'), 'the buttons are gone');
  const audit = await bot.audit.list({ channelId: IDS.ops, limit: 5 });
  assert.ok(audit.some((a) => a.kind === 'cancellation' && a.jobId === job!.id && a.userId === IDS.alice));
  assert.ok(audit.some((a) => a.kind === 'refusal' && a.jobId === job!.id && a.userId === IDS.carol));
});
