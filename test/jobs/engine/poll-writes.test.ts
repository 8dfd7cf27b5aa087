// A poll that finds nothing new writes nothing: the poller reads every waiting job's operation every
// tick, and a storage write per poll was its main cost. Liveness is recorded once per interval, a poll
// error when it is new or changes. The clock is injected.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Job } from '../../../src/jobs/index.ts';
import { createJob, engineFor, MemoryJobStore, settings, startBench, type Bench } from './support.ts';

describe('poll writes only what is new', () => {
  let bench: Bench;
  before(async () => { bench = await startBench(); });
  after(async () => { await bench.close(); });

  async function waitingJob(name: string) {
    const store = new MemoryJobStore();
    const clock = { ms: Date.parse('2024-05-01T10:00:00Z') };
    const engine = engineFor(bench.client, store, { now: () => new Date(clock.ms) });
    const job = await createJob(store, `storage create ${name} West US`);
    const waiting = await engine.advance(await engine.approve(await engine.plan(job, { settings }), 'U2'));
    assert.equal(waiting.status, 'waiting');
    return { store, clock, engine, waiting };
  }
  const submitted = (job: Job) => {
    const step = job.steps.find((s) => s.status !== 'succeeded' && s.status !== 'skipped');
    assert.ok(step?.status === 'submitted');
    return step;
  };

  it('still InProgress: no write within the interval, one write of polledAt after it', async () => {
    const { store, clock, engine, waiting } = await waitingJob('pollw1');
    const gets = bench.requests.length;
    clock.ms += 60_000;
    const first = await engine.poll(waiting);
    assert.equal(bench.requests.length, gets + 1, 'the operation was read');
    assert.equal(first.version, waiting.version, 'nothing written');
    assert.equal((await store.get(waiting.id))!.version, waiting.version);
    assert.equal(submitted(first).polledAt, undefined);
    clock.ms += 5 * 60_000;
    const second = await engine.poll(first);
    assert.notEqual(second.version, waiting.version, 'liveness recorded');
    assert.equal(submitted(second).polledAt, new Date(clock.ms).toISOString());
    clock.ms += 60_000;
    const third = await engine.poll(second);
    assert.equal(third.version, second.version, 'recorded a minute ago: nothing written');
  });

  it('a poll error is written when it is new or changes, not when it repeats; a good poll after it clears it', async () => {
    const { store, clock, engine, waiting } = await waitingJob('pollw2');
    bench.emulator.admin.setFaults({ errorRates: { 503: 1 }, pathPattern: '^/operations', count: 2 });
    clock.ms += 15_000;
    const failed = await engine.poll(waiting);
    assert.equal(submitted(failed).pollError?.code, 'ServerBusy');
    assert.notEqual(failed.version, waiting.version);
    clock.ms += 15_000;
    const again = await engine.poll(failed);
    assert.equal(again.version, failed.version, 'the same error again: nothing written');
    clock.ms += 15_000;
    const cleared = await engine.poll(again);
    assert.notEqual(cleared.version, again.version, 'the error cleared: written');
    assert.equal(submitted(cleared).pollError, undefined);
    assert.deepEqual(await store.get(waiting.id), cleared);
    bench.emulator.admin.completePendingOperations();
    const done = await engine.poll(cleared);
    assert.equal(done.status, 'succeeded');
  });

  it('the interval is an option', async () => {
    const store = new MemoryJobStore();
    const clock = { ms: Date.parse('2024-05-01T10:00:00Z') };
    const engine = engineFor(bench.client, store, { now: () => new Date(clock.ms), pollRecordMs: 10_000 });
    const waiting = await engine.advance(await engine.approve(await engine.plan(await createJob(store, 'storage create pollw3 West US'), { settings }), 'U2'));
    clock.ms += 9_000;
    assert.equal((await engine.poll(waiting)).version, waiting.version);
    clock.ms += 2_000;
    assert.notEqual((await engine.poll(waiting)).version, waiting.version);
  });
});
