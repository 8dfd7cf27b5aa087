import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';

let stack: Stack;
before(async () => { stack = await startStack({ postLeaseMs: 60_000 }); });
after(async () => { await stack.close(); });

const auditOf = async (jobId: string) => (await stack.audit.list({ channelId: IDS.ops, limit: 500 })).filter((a) => a.jobId === jobId);

test('a change: the ack writes nothing; its plan message, delivered twice in turn, creates one job, one request entry and posts one approval card', async () => {
  const ack = await stack.command('alice', 'storage create twicestore1 West US');
  assert.equal(ack.status, 200);
  const [message] = stack.queued.splice(0);
  assert.deepEqual([message?.action, message?.job?.status, message?.audit?.kind], ['plan', 'planned', 'request']);
  assert.equal(await stack.jobs.get(message!.jobId), undefined, 'no row before the worker has the message');
  assert.deepEqual(await auditOf(message!.jobId), [], 'no audit entry before the worker has the message');
  await stack.runJob(message!);
  await stack.runJob(message!, 2);
  const job = (await stack.jobs.get(message!.jobId))!;
  assert.equal(job.status, 'awaiting-approval');
  assert.equal(job.createdAt, message!.job!.createdAt, 'the job as the Slack function made it');
  assert.equal(stack.tagged(job.id, 'asm_job_card').length, 1);
  const entries = await auditOf(job.id);
  assert.deepEqual(entries.map((a) => [a.kind, a.userId, a.command, a.at]), [['request', IDS.alice, 'storage create twicestore1 "West US"', message!.audit!.at]]);
});

test('the same plan message delivered twice at once: one job, one card, one request entry', async () => {
  await stack.command('alice', 'storage create twicestore2 West US');
  const [message] = stack.queued.splice(0);
  await Promise.all([stack.runJob(message!), stack.runJob(message!)]);
  const job = (await stack.jobs.get(message!.jobId))!;
  assert.equal(job.status, 'awaiting-approval');
  assert.equal(stack.tagged(job.id, 'asm_job_card').length, 1);
  assert.equal((await auditOf(job.id)).filter((a) => a.kind === 'request').length, 1);
  const rows = (await stack.jobs.listRecent({ origin: { channel: IDS.ops } })).filter((j) => j.id === job.id);
  assert.equal(rows.length, 1);
});

test('a refusal on the acknowledgement path is queued as an audit message and written once by the worker', async () => {
  const ack = await stack.command('carol', 'vm delete web9');
  assert.match(JSON.stringify(ack.ack), /NOT_A_DESTROYER/);
  const [message] = stack.queued.splice(0);
  assert.deepEqual([message?.action, message?.job, message?.audit?.kind], ['audit', undefined, 'refusal']);
  await stack.runJob(message!);
  await stack.runJob(message!, 2);
  const refusals = (await stack.audit.list({ channelId: IDS.ops, limit: 500 })).filter((a) => a.kind === 'refusal' && a.command === 'vm delete web9');
  assert.deepEqual(refusals.map((a) => [a.userId, a.reason?.split(':')[0], a.at]), [[IDS.carol, 'NOT_A_DESTROYER', message!.audit!.at]]);
});

test('a message of the older shape (no job in it) still plans the stored job', async () => {
  const job = await stack.createJob('storage create oldshape1 West US', 'required');
  await stack.runJob({ jobId: job.id, action: 'plan' });
  assert.equal((await stack.jobs.get(job.id))!.status, 'awaiting-approval');
  assert.equal(stack.tagged(job.id, 'asm_job_card').length, 1);
});

test('a plan message that failed every delivery before its job was recorded: the job is recorded, failed, and the channel told', async () => {
  await stack.command('alice', 'storage create poisonstore2 West US');
  const [message] = stack.queued.splice(0);
  await stack.runPoison(message!);
  const job = (await stack.jobs.get(message!.jobId))!;
  assert.deepEqual([job.status, job.error?.code], ['failed', 'WORKER_GAVE_UP']);
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1);
  assert.equal((await auditOf(job.id)).filter((a) => a.kind === 'request').length, 1);
});

test('a malformed job in a plan message is dropped with a log line, and nothing is created', async () => {
  await stack.command('alice', 'storage create badshape1 West US');
  const [message] = stack.queued.splice(0);
  const broken = { ...message!, job: { ...message!.job!, id: 'another-id' } };
  await stack.runJob(broken);
  assert.equal(await stack.jobs.get(message!.jobId), undefined);
  assert.equal(await stack.jobs.get('another-id'), undefined);
});
