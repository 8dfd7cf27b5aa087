// R3: mixed jobs under the emulator's faults — 10 % 503 with Retry-After, 5 % dropped connections and
// 2 % of requests held for 3 s — from the plan message to the outcome: every job ends as the service
// says it did (judged per kind against the emulator's own state), no create is sent twice (counted at
// the emulator), every outcome is posted once. A job whose create POST lost its connection fails
// (the client rightly does not send it again): counted apart, and the emulator must agree.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDS, startStack, type Stack } from './harness.ts';
import { outcomeCounts, statusCounts } from './fleet.ts';
import { DROPPED, VM_DISKS, failureOf, jobKinds, planAll, readEndState, seededAccount, type JobKind } from './r3-mix.ts';

const JOBS = Number(process.env['R3_JOBS'] ?? 240);
const share = (weight: number) => Math.round((JOBS * weight) / 24);
const COUNTS = { storage: share(8), service: share(6), group: share(3), deletes: share(4), vm: 0 };
COUNTS.vm = JOBS - COUNTS.storage - COUNTS.service - COUNTS.group - COUNTS.deletes;
const HELD_MS = 3_000;
const FAULTS = { errorRates: { 503: 0.1 }, retryAfterSeconds: 1, dropConnectionRate: 0.05, latencyMs: HELD_MS, latencyRate: 0.02 };
/** The codes the injected faults can end a job with: a dropped POST, or 503s past every retry. */
const FAULT_CODES = new Set([DROPPED, 'ServerBusy']);

let stack: Stack;
before(async () => {
  stack = await startStack({ countRequests: true, postLeaseMs: 60_000 });
});
after(async () => { await stack.close(); });

test(`R3: ${JOBS} mixed jobs under 503s, dropped connections and held requests end right, no create repeated, each outcome posted once`, { timeout: 20 * 60_000 }, async () => {
  const started = Date.now();
  // The management client as deployed: retries of idempotent requests, POSTs re-sent only on 503/429
  // with Retry-After. The per-request timeout is well above the held requests' 3 s: they are slow, not lost.
  const worker = stack.makeWorker({ management: { ca: stack.emulatorCa, timeoutMs: 30_000, retry: { maxRetries: 3, initialDelayMs: 50, maxDelayMs: 2000 } } });
  const kinds = jobKinds(COUNTS);
  const client = await worker.clientFor({ subscriptionId: stack.emulator.subscriptionId, certificate: 'ops-cert', endpoint: stack.emulator.url });
  // Before the faults: the accounts the deletes remove, and one in the VMs' location for their disks.
  const seeded = [...Array.from({ length: COUNTS.deletes }, (_, i) => ({ serviceName: seededAccount(i), location: 'West US' })), { serviceName: VM_DISKS.name, location: VM_DISKS.location }];
  await Promise.all(seeded.map((a) => client.storageAccounts.create({ ...a, label: a.serviceName })));
  stack.emulator.admin.completePendingOperations();
  assert.equal((await client.storageAccounts.list()).length, seeded.length);
  stack.requests.length = 0;
  const hitsBefore = stack.emulator.admin.status().faultHits;

  // Kinds interleaved, so every kind runs alongside every other.
  const planned: { kind: JobKind; resource: string }[] = [];
  for (let i = 0; i < Math.max(...kinds.map((k) => k.count)); i++) {
    for (const kind of kinds) if (i < kind.count) planned.push({ kind, resource: kind.resource(i) });
  }
  stack.emulator.admin.setFaults(FAULTS);
  const ids = await planAll(stack, worker, planned.map((p) => p.kind.command(p.resource)), 16);
  let rounds = 0;
  for (; rounds < 40; rounds++) {
    stack.emulator.admin.completePendingOperations();
    await worker.pollTick({ concurrencyPerSubscription: 16 });
    const jobs = await Promise.all(ids.map((id) => stack.jobs.get(id)));
    if (jobs.every((j) => ['succeeded', 'failed'].includes(j!.status) && j!.posted?.['outcome'] && !j!.posted['outcome'].startsWith('pending'))) break;
    stack.clock.ms += 61_000;
  }
  stack.emulator.admin.clearFaults();
  const hitsAfter = stack.emulator.admin.status().faultHits;
  const hits = { held: hitsAfter.held - hitsBefore.held, dropped: hitsAfter.dropped - hitsBefore.dropped, 503: hitsAfter.errors[503] - hitsBefore.errors[503] };
  const jobs = (await Promise.all(ids.map((id) => stack.jobs.get(id)))).map((j) => j!);
  const state = await readEndState(client, planned.filter((p) => p.kind.name === 'vm create').map((p) => p.resource));
  const counts = outcomeCounts(stack, IDS.ops);
  const lines = stack.requests;

  const rows = kinds.map((kind) => {
    const mine = planned.flatMap((p, i) => (p.kind === kind ? [{ resource: p.resource, job: jobs[i]! }] : []));
    const failed = mine.filter((m) => m.job.status === 'failed');
    const failures = failed.map((m) => failureOf(m.job));
    const byCause = failures.reduce<Record<string, number>>((o, f) => ({ ...o, [f.label]: (o[f.label] ?? 0) + 1 }), {});
    const writes = lines.filter((l) => kind.writes.test(l));
    const status = (l: string) => Number(l.split(' ')[2]);
    const served = writes.filter((l) => status(l) >= 200 && status(l) < 300);
    const perTarget = new Map<string, number>();
    for (const l of served) perTarget.set(l.split(' ')[1]!, (perTarget.get(l.split(' ')[1]!) ?? 0) + 1);
    return {
      kind, mine, byCause,
      faultless: failures.filter((f) => !FAULT_CODES.has(f.code)).map((f) => f.label),
      droppedPost: failures.filter((f) => f.droppedPost).length,
      wrong: mine.filter((m) => !kind.agrees(m.job.status === 'succeeded', m.resource, state)).length,
      writes: writes.length, served: served.length,
      refused409: writes.filter((l) => status(l) === 409).length,
      busy503: writes.filter((l) => status(l) === 503).length,
      other: writes.filter((l) => ![409, 503].includes(status(l)) && !(status(l) >= 200 && status(l) < 300)).length,
      repeatedDeletes: kind.made ? 0 : [...perTarget.values()].filter((n) => n > 1).length,
      made: kind.made?.(state),
    };
  });
  const twice = ids.filter((id) => (counts.get(id) ?? 0) > 1).length;
  const missing = ids.filter((id) => (counts.get(id) ?? 0) === 0).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`R3: ${JOBS} mixed jobs in ${seconds} s, ${rounds + 1} poller ticks, ${lines.length} requests answered at the emulator; faults ${JSON.stringify(FAULTS)}: requests held ${HELD_MS} ms ${hits.held}, dropped ${hits.dropped}, answered 503 ${hits[503]}; statuses ${JSON.stringify(statusCounts(jobs))}; outcomes posted ${[...counts.values()].reduce((x, y) => x + y, 0)}, twice ${twice}, missing ${missing}`);
  for (const r of rows) {
    console.log(`R3 ${r.kind.name}: ${r.mine.length} jobs; statuses ${JSON.stringify(statusCounts(r.mine.map((m) => m.job)))}; failed because a create POST's connection dropped (rightly not re-sent) ${r.droppedPost}; failures by code and call ${JSON.stringify(r.byCause)}; `
      + `${r.kind.made ? 'create' : 'delete'} requests answered ${r.writes}${r.kind.writesNote ? ` (${r.kind.writesNote})` : ''} (served ${r.served}, 503 ${r.busy503}, refused as a repeat 409 ${r.refused409}, other ${r.other})`
      + `${r.made === undefined ? `, accounts deleted twice ${r.repeatedDeletes}` : `, made at the emulator ${r.made}`}; end disagreeing with the emulator ${r.wrong}`);
  }

  assert.ok(jobs.every((j) => j.status === 'succeeded' || j.status === 'failed'), 'every job ended');
  for (const r of rows) {
    assert.equal(r.wrong, 0, `${r.kind.name}: a succeeded job's change is at the emulator; a failed job's is not`);
    assert.deepEqual(r.faultless, [], `${r.kind.name}: every failure comes from an injected fault`);
    assert.equal(r.refused409, 0, `${r.kind.name}: no create sent twice`);
    assert.equal(r.other, 0, `${r.kind.name}: no write refused for any other reason`);
    assert.equal(r.repeatedDeletes, 0, `${r.kind.name}: no account deleted twice`);
    if (r.made !== undefined) assert.equal(r.served, r.made, `${r.kind.name}: every create the emulator accepted made its resource, once`);
  }
  assert.ok(hits.held > 0 && hits.dropped > 0 && hits[503] > 0, 'the run saw every kind of fault');
  assert.ok(rows.some((r) => r.droppedPost > 0), 'the run saw create POSTs lose their connection');
  assert.equal(twice, 0, 'no outcome posted twice');
  assert.equal(missing, 0, 'no outcome missing');
});
