import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ManagementClientLike } from '../../../src/commands/index.ts';
import type { Job } from '../../../src/jobs/index.ts';
import { countRequests, createJob, engineFor, MemoryJobStore, settings, startBench, type Bench } from './support.ts';

describe('a create whose answer was lost, then whose check could not be read', () => {
  let bench: Bench;
  before(async () => { bench = await startBench(); });
  after(async () => { await bench.close(); });

  it('is not a failed change: the job waits, the check is read again on the next poll, and the create is never sent twice', async () => {
    const store = new MemoryJobStore();
    // The service makes the cloud service, but the answer is lost (a reset: no HTTP status), and the
    // next request (the check whether it happened) meets a 503.
    const lostAnswer = new Proxy(bench.client, {
      get: (target, key) => (key === 'hostedServices'
        ? {
          get: target.hostedServices.get.bind(target.hostedServices),
          create: async (...args: Parameters<typeof target.hostedServices.create>) => {
            await target.hostedServices.create(...args);
            bench.emulator.admin.setFaults({ errorRates: { 503: 1 }, count: 1 });
            throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
          },
        }
        : (target as unknown as Record<string | symbol, unknown>)[key]),
    }) as unknown as ManagementClientLike;
    const engine = engineFor(lostAnswer, store);
    const job = await createJob(store, 'service create doubt1 West US');
    await engine.approve(await engine.plan(job, { settings }), 'U2');
    const from = bench.requests.length;
    const after1 = await engine.advance((await store.get(job.id)) as Job);
    assert.notEqual(after1.status, 'failed', `a failed status read failed the change: ${after1.error?.code} ${after1.error?.message}`);
    assert.equal(after1.status, 'waiting');
    assert.equal(after1.steps[0]?.status, 'calling');
    const done = await engine.poll(after1);
    assert.equal(done.status, 'succeeded');
    assert.equal(countRequests(bench.requests.slice(from), 'POST', /^\/services\/hostedservices$/), 1, 'the create was sent once');
  });
});
