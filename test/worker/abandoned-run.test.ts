import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Job, JobStore } from '../../src/jobs/index.ts';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;
before(async () => { stack = await startStack({ postLeaseMs: 60_000, countRequests: true }); });
after(async () => { await stack.close(); });

/** The job store as a worker killed right after its create reached Azure sees it: the write recording the request id never happens. */
function dyingAfterTheCall(store: JobStore): JobStore {
  return {
    create: (job, options) => store.create(job, options),
    get: (id, options) => store.get(id, options),
    listByStatus: (status, options) => store.listByStatus(status, options),
    listRecent: (options) => store.listRecent(options),
    async update(job: Job, expectedVersion, options) {
      if (job.steps.some((s) => s.status === 'submitted')) throw new Error('the worker was killed');
      return store.update(job, expectedVersion, options);
    },
  };
}

const creates = () => stack.requests.filter((line) => /^POST \/[^/]+\/services\/storageservices /.test(line));

test('a job left running by a dead worker, with no message left to finish it, is taken over by the poller once stale, and its create is not sent again', async () => {
  const job = await stack.createJob('storage create abandon1 West US');
  const dying = stack.makeWorker({ jobs: dyingAfterTheCall(stack.jobs) });
  await assert.rejects(dying.handle({ jobId: job.id, action: 'plan' }), /killed/);
  let stored = (await stack.jobs.get(job.id))!;
  assert.equal(stored.status, 'running');
  assert.ok(stored.steps.some((s) => s.status === 'calling'), JSON.stringify(stored.steps));
  assert.equal(creates().length, 1, 'the create reached Azure before the worker died');

  // No queue message is left (another delivery lost the race and deleted it): only the poller can finish it.
  await stack.tick();
  assert.equal((await stack.jobs.get(job.id))!.status, 'running', 'a live worker may still be in its call');
  stack.clock.ms += 16 * 60_000;
  await stack.tick();
  stored = (await stack.jobs.get(job.id))!;
  assert.notEqual(stored.status, 'running', 'a job abandoned mid-step is never finished');
  stored = await stack.toEnd(job.id);
  assert.equal(stored.status, 'succeeded', JSON.stringify(stored.error));
  assert.equal(creates().length, 1, creates().join('\n'));
  assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1);
});
