import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyError, presentReport, renderBlocks, renderJson, renderText, type Plan } from '../../../src/commands/index.ts';
import { jobReport, type Job } from '../../../src/jobs/index.ts';
import { createJob, engineFor, MemoryJobStore, startBench, type Bench } from './support.ts';

/** A job stored as approved with this plan, as a worker would find it. */
async function approvedWith(store: MemoryJobStore, text: string, plan: Plan): Promise<Job> {
  const job = await createJob(store, text);
  return store.update({ ...job, status: 'approved', plan, steps: plan.steps.map(() => ({ status: 'pending' as const })) }, job.version);
}

describe('errors raised while a job runs keep their kind, code and hint', () => {
  let bench: Bench;
  before(async () => { bench = await startBench(); });
  after(async () => { await bench.close(); });

  it('refuses a call that is not in the catalog of calls, as a usage error, and sends nothing', async () => {
    const store = new MemoryJobStore();
    const plan: Plan = {
      version: 1, commandId: 'service list', command: 'service list', risk: 'read', summary: 'x', secrets: [], notes: [],
      steps: [{ id: 'evil', title: 'evil', call: 'constructor.constructor', args: [], async: false }],
    };
    const from = bench.requests.length;
    const done = await engineFor(bench.client, store).advance(await approvedWith(store, 'service list', plan));
    assert.equal(done.status, 'failed');
    assert.equal(done.error?.code, 'UNKNOWN_CALL');
    assert.equal(done.error?.kind, 'usage');
    assert.equal(classifyError(done.error).kind, 'usage');
    assert.equal(bench.requests.length, from);
  });

  it('a step that needs a secret where no secret store is given: SECRET_UNAVAILABLE through the report and every view', async () => {
    const store = new MemoryJobStore();
    await bench.client.hostedServices.create({ serviceName: 'errs1', label: 'errs1', location: 'West US' });
    const plan: Plan = {
      version: 1, commandId: 'vm create', command: 'vm create errs1 "West US"', risk: 'change', summary: 'Create VM errs1 in West US', secrets: [], notes: [],
      steps: [
        { id: 'ensure-service', title: 'Create cloud service `errs1`', call: 'hostedServices.create', args: [{ serviceName: 'errs1', label: 'errs1', location: 'West US' }], async: true, skipIf: { call: 'hostedServices.get', args: ['errs1'] } },
        { id: 'create-vm', title: 'Create VM `errs1`', call: 'virtualMachines.createDeployment', args: ['errs1', { password: { $secret: 'pw' } }], async: true },
      ],
    };
    const done = await engineFor(bench.client, store).advance(await approvedWith(store, 'vm create errs1 West US', plan));
    assert.deepEqual(done.steps.map((s) => s.status), ['skipped', 'failed']);
    const report = jobReport(done);
    const error = report.outcome.error;
    assert.equal(error?.code, 'SECRET_UNAVAILABLE');
    assert.equal(error?.kind, 'usage');
    assert.equal(error?.hint, 'Run it where the secret store is configured.');
    assert.deepEqual(classifyError(error).info, { code: 'SECRET_UNAVAILABLE', message: error?.message, hint: error?.hint });
    const view = presentReport(report);
    assert.equal(view.ok, false);
    const json = JSON.parse(renderJson(view)) as { status: string; error: Record<string, unknown> };
    assert.equal(json.status, 'failed');
    assert.deepEqual(json.error, { code: 'SECRET_UNAVAILABLE', message: error?.message, hint: 'Run it where the secret store is configured.' });
    const text = renderText(view);
    assert.match(text, /^Failed: Create VM errs1 in West US\n/);
    assert.match(text, /\(SECRET_UNAVAILABLE\)\n {2}Run it where the secret store is configured\.\n/);
    const slack = renderBlocks(view).blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
    assert.ok(slack.some((t) => t.includes('(SECRET_UNAVAILABLE)\nRun it where the secret store is configured.')), slack.join('\n---\n'));
  });

  it('a step found calling after a crash whose outcome cannot be told is failed with a clear message, never sent again', async () => {
    const store = new MemoryJobStore();
    const plan: Plan = {
      version: 1, commandId: 'vm restart', command: 'vm restart x', risk: 'change', summary: 'Restart VM x', secrets: [], notes: [],
      steps: [{ id: 'restart', title: 'Restart `x`', call: 'virtualMachines.restart', args: ['x', 'x', 'x'], async: true }],
    };
    const job = await approvedWith(store, 'vm restart x', plan);
    const crashed = await store.update({ ...job, status: 'running', steps: [{ status: 'calling', at: job.updatedAt }] }, job.version);
    const from = bench.requests.length;
    const done = await engineFor(bench.client, store).advance(crashed);
    assert.equal(done.status, 'failed');
    assert.equal(done.error?.code, 'OUTCOME_UNKNOWN');
    assert.match(done.error?.message ?? '', /Restart x.*cannot be told.*not sent again/);
    assert.equal(bench.requests.length, from, 'nothing was sent');
  });
});
