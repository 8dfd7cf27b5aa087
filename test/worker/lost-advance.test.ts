import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;
before(async () => { stack = await startStack({ postLeaseMs: 60_000, countRequests: true }); });
after(async () => { await stack.close(); });

test('an approval saved whose advance message never reached the queue is run by the poller once the lease passed, and only once', async () => {
  await stack.command('alice', 'storage create lostadv1 West US');
  const plan = stack.queued[0]!;
  await stack.runQueued();
  let job = (await stack.jobs.get(plan.jobId))!;
  assert.equal(job.status, 'awaiting-approval');
  const click = await stack.click('bob', job.posted!['card']!, 'job.approve');
  assert.equal(click.status, 200);
  assert.deepEqual(stack.queued.map((m) => m.action), ['advance']);
  // The Slack function's invocation died after the approval was written: its output binding (the
  // advance message) was never written to the queue.
  stack.queued.length = 0;
  assert.equal((await stack.jobs.get(job.id))!.status, 'approved');

  await stack.tick();
  assert.equal((await stack.jobs.get(job.id))!.status, 'approved', 'within the lease the advance message may still come');
  stack.clock.ms += 61_000;
  await stack.tick();
  job = (await stack.jobs.get(job.id))!;
  assert.notEqual(job.status, 'approved', 'an approved job whose advance message was lost is never run');
  job = await stack.toEnd(job.id);
  assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1);
  // The advance message arriving late after all runs nothing twice.
  await stack.runJob({ jobId: job.id, action: 'advance' });
  const creates = stack.requests.filter((line) => /^POST \/[^/]+\/services\/storageservices /.test(line));
  assert.equal(creates.length, 1, creates.join('\n'));
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1);
});
