import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isFinal, isJobConflict, type JobEngine, type JobEvent, type JobStore } from '../../../src/jobs/index.ts';
import { countRequests, createJob, engineFor, MemoryJobStore, settings, startBench, type Bench } from './support.ts';

/** One worker: takes every job one step further, round after round, as queue and timer triggers would. */
async function worker(engine: JobEngine, store: JobStore, ids: readonly string[], bench: Bench): Promise<void> {
  for (let round = 0; round < 40; round++) {
    let open = 0;
    for (const id of ids) {
      const job = await store.get(id);
      if (job === undefined || isFinal(job.status)) continue;
      open++;
      try {
        if (job.status === 'planned') await engine.plan(job, { settings });
        else if (job.status === 'awaiting-approval') await engine.approve(job, 'U2');
        else if (job.status === 'waiting') {
          bench.emulator.admin.completePendingOperations();
          await engine.poll(job);
        } else await engine.advance(job);
      } catch (error) {
        // A decision written by the other worker first: reload and go on.
        if (!isJobConflict(error)) throw error;
      }
    }
    if (open === 0) return;
  }
  assert.fail('the jobs did not end');
}

describe('two engines and redelivered messages', () => {
  let bench: Bench;
  before(async () => { bench = await startBench(); });
  after(async () => { await bench.close(); });

  it('two engines racing on the same jobs: every job\'s steps run once', async () => {
    const store = new MemoryJobStore();
    const started = new Map<string, number>();
    const onEvent = (e: JobEvent) => {
      if (e.type === 'step-started') started.set(`${e.job.id}:${e.index}`, (started.get(`${e.job.id}:${e.index}`) ?? 0) + 1);
    };
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push((await createJob(store, i % 2 === 0 ? `storage create race${i} West US` : `service create race${i} West US`)).id);
    }
    const from = bench.requests.length;
    await Promise.all([
      worker(engineFor(bench.client, store, { onEvent }), store, ids, bench),
      worker(engineFor(bench.client, store, { onEvent }), store, [...ids].reverse(), bench),
    ]);
    const jobs = await Promise.all(ids.map((id) => store.get(id)));
    assert.deepEqual(jobs.map((j) => j?.status), ids.map(() => 'succeeded'));
    const lines = bench.requests.slice(from);
    assert.equal(countRequests(lines, 'POST', /^\/services\/storageservices$/), 6, lines.join('\n'));
    assert.equal(countRequests(lines, 'POST', /^\/services\/hostedservices$/), 6);
    assert.ok([...started.values()].every((n) => n === 1), JSON.stringify([...started]));
    assert.equal(started.size, 12);
  });

  it('the same job advanced twice at once (a message delivered twice) runs once', async () => {
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store);
    const job = await createJob(store, 'service create redo1 West US');
    const approved = await engine.approve(await engine.plan(job, { settings }), 'U2');
    const from = bench.requests.length;
    const [a, b] = await Promise.all([engine.advance(approved), engine.advance(approved)]);
    assert.equal(countRequests(bench.requests.slice(from), 'POST', /^\/services\/hostedservices$/), 1);
    const stored = await store.get(job.id);
    assert.equal(stored?.status, 'waiting');
    // The loser hands back what was stored when it lost: the winner's state at that moment.
    assert.ok([a, b].some((j) => j.status === 'waiting'));
    assert.ok([a, b].every((j) => j.status === 'waiting' || j.status === 'running'));
  });

  it('a late redelivery of an old message does nothing: the stale job is refused by its version', async () => {
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store);
    const job = await createJob(store, 'service create redo2 West US');
    const approved = await engine.approve(await engine.plan(job, { settings }), 'U2');
    await engine.advance(approved);
    const from = bench.requests.length;
    const again = await engine.advance(approved);
    assert.equal(again.status, 'waiting');
    assert.equal(bench.requests.length, from, 'nothing was sent');
  });
});
