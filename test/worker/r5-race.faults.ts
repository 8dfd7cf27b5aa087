// R5: two pollers (two instances, each with its own clients) race over the same waiting jobs, tick
// after tick, until every job ended: each outcome is posted exactly once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';
import { outcomeCounts, planMany, statusCounts } from './fleet.ts';

const JOBS = Number(process.env['R5_JOBS'] ?? 1000);
let stack: Stack;
before(async () => { stack = await startStack(); });
after(async () => { await stack.close(); });

test(`R5: two pollers racing over ${JOBS} waiting jobs post each outcome once`, { timeout: 30 * 60_000 }, async () => {
  const ids = await planMany(stack, JOBS, 'race');
  assert.equal((await stack.jobs.listByStatus('waiting')).length, JOBS);
  const a = stack.worker;
  const b = stack.makeWorker();
  stack.emulator.admin.completePendingOperations();
  let rounds = 0;
  while (rounds < 20) {
    rounds += 1;
    // The second poller starts while the first is mid-tick: overlapping ticks as well as racing instances.
    const first = a.pollTick();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all([first, b.pollTick()]);
    const all = await Promise.all(ids.map((id) => stack.jobs.get(id)));
    if (all.every((j) => j!.status === 'succeeded' && j!.posted?.['outcome'] && !j!.posted['outcome'].startsWith('pending'))) break;
    stack.clock.ms += 130_000;
  }
  const jobs = await Promise.all(ids.map((id) => stack.jobs.get(id)));
  const counts = outcomeCounts(stack, IDS.ops);
  const twice = ids.filter((id) => (counts.get(id) ?? 0) > 1).length;
  const missing = ids.filter((id) => (counts.get(id) ?? 0) === 0).length;
  console.log(`R5: ${JOBS} jobs, ${rounds} rounds of two racing ticks; statuses ${JSON.stringify(statusCounts(jobs as never))}; outcomes posted ${[...counts.values()].reduce((x, y) => x + y, 0)}, twice ${twice}, missing ${missing}`);
  assert.deepEqual(statusCounts(jobs as never), { succeeded: JOBS });
  assert.equal(twice, 0);
  assert.equal(missing, 0);
});
