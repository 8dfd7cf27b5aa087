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

test('an unbound channel runs nothing and says how to bind it; the refusal is queued for the worker, who audits it', async () => {
  const r = await bot.command('alice', 'vm list', 'free', { work: false });
  assert.equal((r.ack as { response_type: string }).response_type, 'ephemeral');
  assert.match(textOf(r.ack), /not bound/);
  assert.match(textOf(r.ack), /ASM_CHANNELS/);
  assert.deepEqual(bot.queued.map((m) => [m.action, m.audit?.kind, m.audit?.channelId]), [['audit', 'refusal', IDS.free]]);
  assert.deepEqual(await bot.audit.list({ channelId: IDS.free }), [], 'nothing written while acknowledging');
  await bot.work();
  const [entry] = await bot.audit.list({ channelId: IDS.free });
  assert.equal(entry?.kind, 'refusal');
  assert.equal(entry?.at, bot.queued[0]!.audit!.at, 'recorded with the time of the request');
  assert.match(entry?.reason ?? '', /CHANNEL_NOT_BOUND/);
  assert.equal(bot.plans().length, 0);
});

test('a read: "Working on it" in the channel, a plan message carrying the planned job and its audit entry, both recorded by the worker', async () => {
  const before = bot.queued.length;
  const r = await bot.command('carol', 'vm list', 'ops', { work: false });
  const ack = r.ack as { response_type: string; text: string };
  assert.equal(ack.response_type, 'in_channel');
  assert.match(ack.text, /Working on it/);
  const message = bot.queued.slice(before);
  assert.equal(message.length, 1);
  assert.equal(message[0]!.action, 'plan');
  assert.equal(message[0]!.job?.id, message[0]!.jobId);
  assert.deepEqual([message[0]!.job?.status, message[0]!.job?.command], ['planned', 'vm list']);
  assert.deepEqual([message[0]!.audit?.kind, message[0]!.audit?.jobId, message[0]!.audit?.userId], ['request', message[0]!.jobId, IDS.carol]);
  assert.ok(ack.text.includes(message[0]!.jobId), 'the answer names the job');
  assert.equal(await bot.jobs.get(message[0]!.jobId), undefined, 'the acknowledgement wrote no job row');
  await bot.work();
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
  const [message] = bot.plans(before);
  const job = await bot.jobs.get(message!.jobId);
  assert.deepEqual([job?.status, job?.risk, job?.origin['approval']], ['planned', 'change', 'required']);
  assert.equal(job?.plan, undefined, 'the plan is the worker\'s, made with reads');
});

test('a destroy by a reader is refused, explained and audited, and records no job', async () => {
  const before = bot.queued.length;
  const r = await bot.command('carol', 'vm delete web1');
  assert.equal((r.ack as { response_type: string }).response_type, 'ephemeral');
  assert.match(textOf(r.ack), /NOT_A_DESTROYER/);
  assert.deepEqual(bot.queued.slice(before).map((m) => [m.action, m.job]), [['audit', undefined]]);
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
  // Said exactly as for a job not recorded yet: nothing tells that it exists elsewhere.
  assert.match(textOf(elsewhere.ack), /No job `[0-9a-f-]+` is recorded in this channel/);
  assert.match(textOf((await bot.command('carol', 'job frobnicate')).ack), /Usage/);
});

test('job cancel: by someone else refused; by the requester cancelled, audited, card updated', async () => {
  const before = bot.queued.length;
  await bot.command('alice', 'vm start web1');
  const job = await bot.jobs.get(bot.plans(before)[0]!.jobId);
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
  // The test clock stands still: entries of one millisecond list in row-key order, so all are read.
  const audit = await bot.audit.list({ channelId: IDS.ops, limit: 500 });
  assert.ok(audit.some((a) => a.kind === 'cancellation' && a.jobId === job!.id && a.userId === IDS.alice));
  assert.ok(audit.some((a) => a.kind === 'refusal' && a.jobId === job!.id && a.userId === IDS.carol));
});

test('job show and job cancel of a job still on the queue say it is not recorded yet; once the worker has it, it is shown', async () => {
  const before = bot.queued.length;
  await bot.command('alice', 'vm start queued1', 'ops', { work: false });
  const [plan] = bot.plans(before);
  // Not handed to the worker yet: the row does not exist.
  const show = await bot.sim.sendSlashCommand({ user: IDS.alice, channel: IDS.ops, text: `job show ${plan!.jobId}` });
  assert.match(textOf(show.ack), /is recorded when the worker takes it from the queue/);
  const cancel = await bot.sim.sendSlashCommand({ user: IDS.alice, channel: IDS.ops, text: `job cancel ${plan!.jobId}` });
  assert.match(textOf(cancel.ack), /try `\/asm job cancel` again shortly/);
  assert.match(textOf((await bot.command('alice', 'job show not-a-job')).ack), /There is no job `not-a-job`/);
  await bot.work();
  assert.match(textOf((await bot.command('alice', `job show ${plan!.jobId}`)).ack), /vm start queued1/);
});

test('a message delivered twice to the worker records one job and one audit entry', async () => {
  const before = bot.queued.length;
  await bot.command('alice', 'vm restart twice1');
  const [plan] = bot.plans(before);
  bot.queued.push(plan!, plan!);
  await bot.work();
  const jobs = (await bot.jobs.listRecent({ origin: { channel: IDS.ops } })).filter((j) => j.command === 'vm restart twice1');
  assert.equal(jobs.length, 1);
  const requests = (await bot.audit.list({ channelId: IDS.ops, limit: 200 })).filter((a) => a.kind === 'request' && a.jobId === plan!.jobId);
  assert.equal(requests.length, 1);
});
