import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';

let stack: Stack;
before(async () => { stack = await startStack(); });
after(async () => { await stack.close(); });

const text = (value: unknown) => JSON.stringify(value);

test('vm create: from the slash command to the outcome in the card\'s thread, with the VM\'s IP and the password named, never shown', async () => {
  const ack = await stack.command('alice', 'vm create web1 West US');
  assert.equal(ack.status, 200);
  const plan = stack.queued[0];
  assert.equal(plan?.action, 'plan');
  await stack.runQueued();
  let job = (await stack.jobs.get(plan!.jobId))!;
  assert.equal(job.status, 'awaiting-approval');
  const cardTs = job.posted?.['card'];
  assert.ok(cardTs && !cardTs.startsWith('pending'), 'the card ts is saved');
  const card = stack.channel().find((m) => m.ts === cardTs)!;
  assert.equal(card.metadata?.event_type, 'asm_job_card');
  assert.match(text(card.blocks), /job\.approve/);

  const click = await stack.click('bob', cardTs, 'job.approve');
  assert.equal(click.status, 200);
  assert.deepEqual(stack.queued.map((m) => m.action), ['advance']);
  await stack.runQueued();
  job = (await stack.jobs.get(job.id))!;
  assert.equal(job.status, 'waiting');
  assert.match(stack.channel().find((m) => m.ts === cardTs)!.text, /Approved by <@U0BOB0001>/);

  job = await stack.toEnd(job.id);
  assert.equal(job.status, 'succeeded', text(job.error));
  const outcomes = stack.tagged(job.id, 'asm_job_outcome');
  assert.equal(outcomes.length, 1, 'one outcome');
  assert.equal(outcomes[0]!.thread_ts, cardTs, 'in the card\'s thread');
  const deployment = await (await stack.worker.clientFor(job.binding!)).deployments.getByName('web1', 'web1');
  const ip = deployment.roleInstanceList?.[0]?.ipAddress;
  assert.ok(ip, 'the emulator gave the VM an IP address');
  assert.ok(text(outcomes[0]!.blocks).includes(ip), 'the outcome names the VM\'s IP');
  const secretName = job.plan!.secrets[0]!.name;
  assert.ok(text(outcomes[0]!.blocks).includes(secretName), 'the outcome names the password\'s secret');
  const password = await stack.secrets.get(secretName);
  assert.ok(password.length >= 12);
  const everything = text(stack.sim.state.messages.get(IDS.ops)) + text(stack.sim.calls);
  assert.ok(!everything.includes(password), 'the password is in no message and no Slack call');
  assert.match(stack.channel().find((m) => m.ts === cardTs)!.text, /Succeeded/);
  assert.equal((await stack.jobs.get(job.id))!.origin['owed'], 'no', 'nothing owed once the outcome is posted');

  const before = stack.sim.calls.filter((c) => c.method === 'chat.postMessage').length;
  await stack.tick();
  await stack.runJob({ jobId: job.id, action: 'advance' });
  assert.equal(stack.sim.calls.filter((c) => c.method === 'chat.postMessage').length, before, 'a later tick and a redelivered message post nothing');
});

test('an operation that fails at Azure is posted with the service\'s error code and message', async () => {
  const created = await stack.createJob('storage create failstore1 West US');
  await stack.runJob({ jobId: created.id, action: 'plan' });
  assert.equal((await stack.jobs.get(created.id))!.status, 'waiting');
  // The emulator fails the next operation it completes: this job's.
  stack.emulator.admin.failNextOperation({ httpStatusCode: 409, code: 'StorageAccountQuotaExceeded', message: 'The subscription has reached its storage account quota.' });
  const failed = await stack.toEnd(created.id);
  assert.equal(failed.status, 'failed');
  const outcome = stack.tagged(created.id, 'asm_job_outcome');
  assert.equal(outcome.length, 1);
  assert.match(text(outcome[0]!.blocks), /StorageAccountQuotaExceeded/);
  assert.match(text(outcome[0]!.blocks), /storage account quota/);
  const parent = stack.tagged(created.id, 'asm_job_card');
  assert.equal(outcome[0]!.thread_ts, parent[0]!.ts, 'under the job\'s card (a change that needed no approval)');
});
