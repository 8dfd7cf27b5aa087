import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;
before(async () => { stack = await startStack({ postLeaseMs: 60_000 }); });
after(async () => { await stack.close(); });

const text = (value: unknown) => JSON.stringify(value);

test('a read: the result is posted in a thread under one parent message, once', async () => {
  await stack.command('carol', 'location list');
  const message = stack.queued[0]!;
  await stack.runQueued();
  const job = (await stack.jobs.get(message.jobId))!;
  assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
  const [parent] = stack.tagged(job.id, 'asm_job_parent');
  const results = stack.tagged(job.id, 'asm_job_outcome');
  assert.equal(results.length, 1);
  assert.equal(results[0]!.thread_ts, parent!.ts);
  assert.match(text(results[0]!.blocks), /West US/);
  await stack.runJob(message);
  assert.equal(stack.tagged(job.id).length, 2, 'redelivered: nothing more');
});

test('the plan message delivered twice, one after the other and at once, posts one approval card', async () => {
  const one = await stack.createJob('storage create cardstore1 West US', 'required');
  await stack.runJob({ jobId: one.id, action: 'plan' });
  await stack.runJob({ jobId: one.id, action: 'plan' }, 2);
  assert.equal(stack.tagged(one.id, 'asm_job_card').length, 1);
  const two = await stack.createJob('storage create cardstore2 West US', 'required');
  await Promise.all([stack.runJob({ jobId: two.id, action: 'plan' }), stack.runJob({ jobId: two.id, action: 'plan' })]);
  assert.equal(stack.tagged(two.id, 'asm_job_card').length, 1);
  assert.equal((await stack.jobs.get(two.id))!.status, 'awaiting-approval');
});

test('a poisoned message fails its job with an explanation and tells the channel', async () => {
  const job = await stack.createJob('storage create poisonstore West US');
  await stack.runPoison({ jobId: job.id, action: 'plan' });
  const failed = (await stack.jobs.get(job.id))!;
  assert.equal(failed.status, 'failed');
  assert.equal(failed.error?.code, 'WORKER_GAVE_UP');
  const outcome = stack.tagged(job.id, 'asm_job_outcome');
  assert.equal(outcome.length, 1);
  assert.match(text(outcome[0]!.blocks), /five times/);
});

test('two pollers racing over the same waiting jobs post each outcome once', async () => {
  const jobs = [];
  for (let i = 0; i < 12; i++) jobs.push(await stack.createJob(`storage create racestore${i} West US`));
  await Promise.all(jobs.map((j) => stack.runJob({ jobId: j.id, action: 'plan' })));
  assert.ok((await Promise.all(jobs.map((j) => stack.jobs.get(j.id)))).every((j) => j!.status === 'waiting'));
  const other = stack.makeWorker();
  stack.emulator.admin.completePendingOperations();
  const [a, b] = await Promise.all([stack.worker.pollTick(), other.pollTick(), stack.worker.pollTick()]);
  assert.ok(a && b);
  for (const j of jobs) {
    const done = (await stack.jobs.get(j.id))!;
    assert.equal(done.status, 'succeeded');
    assert.equal(stack.tagged(j.id, 'asm_job_outcome').length, 1, `one outcome for ${j.id}`);
  }
});

test('a crash between posting the outcome and saving its ts: a tick within the lease posts nothing, one after finds the post in the thread', async () => {
  let crashes = 1;
  const crashing = stack.makeWorker({ afterPost: (_id, key) => { if (key === 'outcome' && crashes-- > 0) throw new Error('killed after posting'); } });
  const job = await stack.createJob('storage create crashstore West US');
  await stack.runJob({ jobId: job.id, action: 'plan' });
  stack.emulator.admin.completePendingOperations();
  const first = await crashing.pollTick();
  assert.equal(first.errors, 1, 'the tick died after the post');
  let stored = (await stack.jobs.get(job.id))!;
  assert.equal(stored.status, 'succeeded');
  assert.match(stored.posted?.['outcome'] ?? '', /^pending@/);
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1);
  const replies = stack.sim.calls.filter((c) => c.method === 'conversations.replies').length;
  await stack.worker.pollTick();
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1, 'within the lease the intent is left alone');
  stack.clock.ms += 61_000;
  await stack.worker.pollTick();
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1, 'posted once');
  assert.ok(stack.sim.calls.filter((c) => c.method === 'conversations.replies').length > replies, 'the thread was checked');
  stored = (await stack.jobs.get(job.id))!;
  assert.equal(stored.posted?.['outcome'], stack.tagged(job.id, 'asm_job_outcome')[0]!.ts, 'the ts found is saved');
  assert.equal(stored.origin['owed'], 'no');
});

test('Slack rate-limits the outcome: nothing is lost, the next tick posts it once', async () => {
  const job = await stack.createJob('storage create ratestore West US');
  await stack.runJob({ jobId: job.id, action: 'plan' });
  stack.emulator.admin.completePendingOperations();
  stack.sim.faults.inject('chat.postMessage', { ratelimited: 30 });
  await stack.worker.pollTick();
  let stored = (await stack.jobs.get(job.id))!;
  assert.equal(stored.status, 'succeeded');
  assert.equal(stored.posted?.['outcome'], undefined, 'the intent is released: Slack took nothing');
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 0);
  await stack.worker.pollTick();
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 0, 'Retry-After is honoured');
  stack.clock.ms += 31_000;
  await stack.worker.pollTick();
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1);
  stored = (await stack.jobs.get(job.id))!;
  assert.equal(stored.origin['owed'], 'no');
});

test('a job waiting past the deadline fails with an explanation, posted once', async () => {
  const job = await stack.createJob('storage create slowstore West US');
  await stack.runJob({ jobId: job.id, action: 'plan' });
  stack.clock.ms += 3 * 60 * 60_000;
  const result = await stack.worker.pollTick({ deadlineMs: 2 * 60 * 60_000 });
  assert.ok(result.timedOut >= 1);
  const failed = (await stack.jobs.get(job.id))!;
  assert.equal(failed.status, 'failed');
  assert.equal(failed.error?.code, 'OPERATION_DEADLINE');
  assert.match(text(stack.tagged(job.id, 'asm_job_outcome')[0]?.blocks), /120 minutes/);
});

test('a crash after posting the approval card: the redelivered plan message finds the card in the channel\'s history and posts none', async () => {
  let crashes = 1;
  const crashing = stack.makeWorker({ afterPost: (_id, key) => { if (key === 'card' && crashes-- > 0) throw new Error('killed after posting'); } });
  const job = await stack.createJob('storage create histstore West US', 'required');
  await assert.rejects(crashing.handle({ jobId: job.id, action: 'plan' }), /killed after posting/);
  assert.match((await stack.jobs.get(job.id))!.posted?.['card'] ?? '', /^pending@/);
  stack.clock.ms += 61_000;
  await stack.runJob({ jobId: job.id, action: 'plan' }, 2);
  const cards = stack.tagged(job.id, 'asm_job_card');
  assert.equal(cards.length, 1);
  assert.equal((await stack.jobs.get(job.id))!.posted?.['card'], cards[0]!.ts);
  assert.ok(stack.sim.calls.some((c) => c.method === 'conversations.history'));
});
