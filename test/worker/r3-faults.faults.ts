// R3: jobs under the emulator's faults — 10 % 503 with Retry-After, 5 % dropped connections and added
// latency on every request — from the plan message to the outcome: every job ends, as the service
// says it did; no create is sent twice (counted at the emulator); every outcome is posted once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';
import { outcomeCounts, planMany, statusCounts } from './fleet.ts';

const JOBS = Number(process.env['R3_JOBS'] ?? 500);
const FAULTS = { errorRates: { 503: 0.1 }, retryAfterSeconds: 1, dropConnectionRate: 0.05, latencyMs: 20 };
let stack: Stack;
before(async () => {
  stack = await startStack({ countRequests: true, postLeaseMs: 60_000 });
});
after(async () => { await stack.close(); });

test(`R3: ${JOBS} jobs under 503s, dropped connections and latency end right, no create repeated, each outcome posted once`, { timeout: 60 * 60_000 }, async () => {
  // The management client as deployed: retries of idempotent requests, POSTs re-sent only on 503/429 with Retry-After.
  const worker = stack.makeWorker({ management: { ca: stack.emulatorCa, retry: { maxRetries: 3, initialDelayMs: 50, maxDelayMs: 2000 } } });
  stack.emulator.admin.setFaults(FAULTS);
  const ids = await planMany(stack, JOBS, 'r3s', { worker, concurrency: 16 });
  stack.emulator.admin.completePendingOperations();
  let rounds = 0;
  for (; rounds < 40; rounds++) {
    stack.emulator.admin.completePendingOperations();
    await worker.pollTick({ concurrencyPerSubscription: 16 });
    const jobs = await Promise.all(ids.map((id) => stack.jobs.get(id)));
    if (jobs.every((j) => ['succeeded', 'failed'].includes(j!.status) && j!.posted?.['outcome'] && !j!.posted['outcome'].startsWith('pending'))) break;
    stack.clock.ms += 61_000;
  }
  stack.emulator.admin.clearFaults();
  const jobs = (await Promise.all(ids.map((id) => stack.jobs.get(id)))).map((j) => j!);
  const client = await worker.clientFor(jobs[0]!.binding!);
  const accounts = new Set((await client.storageAccounts.list()).map((a) => a.serviceName));
  const wrong = jobs.filter((j) => (j.status === 'succeeded') !== accounts.has(j.plan?.steps[0]?.args[0] ? (j.plan.steps[0].args[0] as { serviceName: string }).serviceName : '')).length;
  const creates = stack.requests.filter((l) => /^POST \/[^/]+\/services\/storageservices /.test(l));
  const served = creates.filter((l) => / 202 /.test(l)).length;
  const repeated = creates.filter((l) => / 409 /.test(l)).length;
  const counts = outcomeCounts(stack, IDS.ops);
  const twice = ids.filter((id) => (counts.get(id) ?? 0) > 1).length;
  const missing = ids.filter((id) => (counts.get(id) ?? 0) === 0).length;
  const errors = jobs.filter((j) => j.status === 'failed').reduce<Record<string, number>>((o, j) => {
    const code = j.error?.code ?? j.steps.find((s) => s.status === 'failed')?.status ?? '?';
    return { ...o, [code]: (o[code] ?? 0) + 1 };
  }, {});
  console.log(`R3: ${JOBS} jobs, ${rounds + 1} poller ticks; statuses ${JSON.stringify(statusCounts(jobs))}; failures by code ${JSON.stringify(errors)}; create requests ${creates.length} (served 202: ${served}, refused as a repeat 409: ${repeated}); outcome disagreeing with the service: ${wrong}; outcomes posted ${[...counts.values()].reduce((x, y) => x + y, 0)}, twice ${twice}, missing ${missing}`);
  assert.ok(jobs.every((j) => j.status === 'succeeded' || j.status === 'failed'), 'every job ended');
  assert.equal(wrong, 0, 'a succeeded job\'s account exists; a failed job\'s does not');
  assert.equal(repeated, 0, 'no create sent twice');
  assert.ok(served <= JOBS);
  assert.equal(twice, 0);
  assert.equal(missing, 0);
});
