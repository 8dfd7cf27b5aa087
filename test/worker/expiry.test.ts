// Approvals nobody gave in time: each poller tick expires them (a conditional write), audits the
// expiry and updates the card in place, buttons gone, exactly once, even with two pollers at once;
// nothing was made before approval, so no password secret exists. The clock is the stack's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';

let stack: Stack;
before(async () => { stack = await startStack({ postLeaseMs: 60_000, countRequests: true }); });
after(async () => { await stack.close(); });

const cardUpdates = (ts: string) => stack.sim.calls.filter((c) => c.method === 'chat.update' && c.args['ts'] === ts).length;
const expiries = async (jobId: string) => (await stack.audit.list({ channelId: IDS.ops, limit: 1000 })).filter((e) => e.kind === 'expiry' && e.jobId === jobId);

test('an approval past its expiry: expired once, card updated in place without buttons, audited once, no secret made', async () => {
  const job = await stack.createJob('vm create expvm1 West US', 'required');
  await stack.runJob({ jobId: job.id, action: 'plan' });
  const waiting = (await stack.jobs.get(job.id))!;
  assert.equal(waiting.status, 'awaiting-approval');
  const secretNames = waiting.plan!.secrets.map((s) => s.name);
  assert.ok(secretNames.length > 0, 'vm create makes a password, after approval');
  const cardTs = waiting.posted!['card']!;
  const [card] = stack.tagged(job.id, 'asm_job_card');
  assert.ok(JSON.stringify(card!.blocks).includes('job.approve'), 'the card has buttons while it waits');

  stack.clock.ms += 59 * 60_000;
  await stack.worker.pollTick();
  assert.equal((await stack.jobs.get(job.id))!.status, 'awaiting-approval', 'not yet');
  assert.equal(cardUpdates(cardTs), 0);

  stack.clock.ms += 2 * 60_000;
  const other = stack.makeWorker();
  const [a, b] = await Promise.all([stack.worker.pollTick(), other.pollTick()]);
  assert.equal(a.expired + b.expired, 1, 'one poller expired it');
  const expired = (await stack.jobs.get(job.id))!;
  assert.equal(expired.status, 'expired');
  assert.deepEqual(expired.decision?.kind, 'expired');
  assert.equal(expired.posted?.['expiry'], cardTs, 'the announcement is recorded');
  assert.equal(expired.origin['owed'], 'no');
  assert.equal(cardUpdates(cardTs), 1);
  const shown = stack.channel().find((m) => m.ts === cardTs)!;
  const blocks = JSON.stringify(shown.blocks);
  assert.match(blocks, /Expired: nobody approved within 60 minutes/);
  assert.doesNotMatch(blocks, /job\.approve|job\.deny|"actions"/, 'no buttons');
  assert.equal(stack.tagged(job.id, 'asm_job_card').length, 1, 'updated in place, not posted again');
  assert.equal((await expiries(job.id)).length, 1);

  stack.clock.ms += 5 * 60_000;
  await stack.worker.pollTick();
  await other.pollTick();
  assert.equal(cardUpdates(cardTs), 1, 'later ticks do nothing more');
  assert.equal((await expiries(job.id)).length, 1);
  for (const name of secretNames) assert.equal(await stack.secrets.exists(name), false, `no secret ${name}`);
  assert.ok(!stack.vault.admin.requests().some((r) => r.method === 'PUT'), 'nothing written to the vault');
  assert.ok(stack.requests.some((l) => l.startsWith('GET ')), 'the plan read from Azure');
  assert.equal(stack.requests.filter((l) => !l.startsWith('GET ')).length, 0, 'nothing sent to Azure but reads');
});

test('an expiry cut short after its write (a crash) is finished by a tick once the intent is past the lease, once', async () => {
  const job = await stack.createJob('storage create expstore2 West US', 'required');
  await stack.runJob({ jobId: job.id, action: 'plan' });
  const waiting = (await stack.jobs.get(job.id))!;
  const cardTs = waiting.posted!['card']!;
  stack.clock.ms += 61 * 60_000;
  // What a poller killed right after its expiry write leaves behind.
  const { transitions } = await import('../../src/jobs/index.ts');
  const at = stack.now().toISOString();
  await stack.jobs.update({ ...transitions.expire(waiting, at), posted: { ...waiting.posted, expiry: `pending@${at}` } }, waiting.version);
  await stack.worker.pollTick();
  assert.equal(cardUpdates(cardTs), 0, 'within the lease the intent is left alone');
  stack.clock.ms += 61_000;
  await stack.worker.pollTick();
  await stack.worker.pollTick();
  assert.equal(cardUpdates(cardTs), 1);
  assert.equal((await expiries(job.id)).length, 1);
  const done = (await stack.jobs.get(job.id))!;
  assert.equal(done.posted?.['expiry'], cardTs);
  assert.equal(done.origin['owed'], 'no');
});

test('approved just before the sweep: the conditional write loses and nothing is expired', async () => {
  const job = await stack.createJob('storage create expstore3 West US', 'required');
  await stack.runJob({ jobId: job.id, action: 'plan' });
  const waiting = (await stack.jobs.get(job.id))!;
  await stack.click('bob', waiting.posted!['card']!, 'job.approve');
  assert.equal((await stack.jobs.get(job.id))!.status, 'approved');
  stack.clock.ms += 61 * 60_000;
  const result = await stack.worker.pollTick();
  assert.equal(result.expired, 0);
  assert.notEqual((await stack.jobs.get(job.id))!.status, 'expired');
  assert.equal((await expiries(job.id)).length, 0);
});
