import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { presentReport, renderJson, type ManagementClientLike, type Plan } from '../../../src/commands/index.ts';
import { jobReport, type Job, type JobEvent } from '../../../src/jobs/index.ts';
import {
  countRequests, createJob, drive, engineFor, memorySecrets, MemoryJobStore, quietLogger, settings, startBench, type Bench,
} from './support.ts';

describe('the job engine against the emulator', () => {
  let bench: Bench;
  before(async () => {
    bench = await startBench();
    await bench.client.storageAccounts.create({ serviceName: 'enginevhds', label: 'enginevhds', location: 'West US' });
    bench.emulator.admin.completePendingOperations();
  });
  after(async () => { await bench.close(); });

  it('plans vm create, waits for approval, then runs it step by step with events after each saved state', async () => {
    const store = new MemoryJobStore();
    const events: string[] = [];
    const secrets = memorySecrets();
    const engine = engineFor(bench.client, store, {
      secrets,
      onEvent: async (e: JobEvent) => {
        const stored = await store.get(e.job.id);
        assert.deepEqual(stored, e.job, `${e.type} comes after its state was saved`);
        events.push(`${e.type}${'index' in e ? `:${e.index}` : ''}`);
      },
    });
    const created = await createJob(store, 'vm create eng1 West US');
    const planned = await engine.plan(created, { settings });
    assert.equal(planned.status, 'awaiting-approval');
    assert.deepEqual(planned.steps.map((s) => s.status), planned.plan?.steps.map(() => 'pending'));
    assert.equal(await engine.advance(planned).then((j) => j.status), 'awaiting-approval', 'an unapproved plan does not run');
    const approved = await engine.approve(planned, 'U2');
    const steps = planned.plan?.steps ?? [];
    const vmStep = steps.findIndex((s) => s.call === 'virtualMachines.createDeployment');
    const firstAsync = steps.findIndex((s) => s.async);
    const waiting = await engine.advance(approved);
    assert.equal(waiting.status, 'waiting');
    assert.equal(waiting.steps[firstAsync]?.status, 'submitted');
    assert.ok(waiting.steps.slice(0, firstAsync).every((s) => s.status === 'succeeded'));
    // Poll (finishing the emulator's operations) until the VM deployment is the step waited on.
    let job = waiting;
    while (job.steps[vmStep]?.status !== 'submitted') {
      bench.emulator.admin.completePendingOperations();
      job = await engine.poll(job);
    }
    const still = await engine.poll(job);
    assert.equal(still.status, 'waiting', 'InProgress leaves it waiting');
    assert.equal(still.version, job.version, 'a poll with nothing new writes nothing (see poll-writes.test.ts)');
    const done = await drive(engine, store, created.id, bench);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.error));
    assert.deepEqual(done.steps.map((s) => s.status), steps.map(() => 'succeeded'));
    assert.deepEqual(events, [
      ...steps.flatMap((s, i) => [`step-started:${i}`, ...(s.async ? [`step-submitted:${i}`] : []), `step-finished:${i}`]), 'job-finished',
    ]);
    const deployment = await bench.client.deployments.getByName('eng1', 'eng1');
    assert.equal(deployment.roleList?.[0]?.roleName, 'eng1');
    const json = JSON.parse(renderJson(presentReport(jobReport(done)))) as { status: string; steps: { status: string; requestId?: string }[] };
    assert.equal(json.status, 'succeeded');
    assert.ok(json.steps.every((s, i) => s.status === 'succeeded' && (steps[i]?.async ? s.requestId : true)));
    assert.ok(JSON.stringify(done).length < 64 * 1024);
    assert.ok(![...secrets.values.values()].some((v) => JSON.stringify(done).includes(v)), 'no password in the job');
  });

  it('runs a read at once and keeps its results in the job: vm list reads across services from stored state', async () => {
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store);
    const job = await createJob(store, 'vm list');
    const planned = await engine.plan(job, { settings });
    assert.equal(planned.status, 'approved', 'a read needs no approval');
    const done = await engine.advance(planned);
    assert.equal(done.status, 'succeeded');
    const report = jobReport((await store.get(job.id)) as Job);
    const vms = report.result as { roleName: string; serviceName: string }[];
    assert.deepEqual(vms.map((v) => [v.roleName, v.serviceName]), [['eng1', 'eng1']]);
  });

  it('vm delete: deployment then service, polled to the end', async () => {
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store);
    const job = await createJob(store, 'vm delete eng1');
    const done = await drive(engine, store, job.id, bench);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.error));
    await assert.rejects(bench.client.hostedServices.get('eng1'), { code: 'ResourceNotFound' });
  });

  it('a failed plan is a failed job with the error; a failed step fails the job and later steps are not run', async () => {
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store);
    const noImage = await createJob(store, 'vm create eng2 West US --image NoSuchImage');
    const failedPlan = await engine.plan(noImage, { settings });
    assert.equal(failedPlan.status, 'failed');
    assert.ok(failedPlan.error?.code);
    const job = await createJob(store, 'vm delete nosuch');
    const notFound = await engine.plan(job, { settings });
    assert.equal(notFound.status, 'failed', 'vm delete reads the VM while planning');
    const plan: Plan = {
      version: 1, commandId: 'vm delete', command: 'vm delete nosuch', risk: 'destroy', summary: 'Delete', secrets: [], notes: [],
      steps: [
        { id: 'one', title: 'Delete deployment', call: 'deployments.delete', args: ['nosuch', 'nosuch'], async: true },
        { id: 'two', title: 'Delete service', call: 'hostedServices.delete', args: ['nosuch'], async: true },
      ],
    };
    const other = await createJob(store, 'vm delete nosuch');
    await store.update({ ...other, status: 'approved', plan, steps: [{ status: 'pending' }, { status: 'pending' }] }, other.version);
    const done = await drive(engine, store, other.id, bench);
    assert.equal(done.status, 'failed');
    assert.equal(done.error?.code, 'ResourceNotFound');
    assert.deepEqual(done.steps.map((s) => s.status), ['failed', 'pending']);
    assert.deepEqual(jobReport(done).outcome.steps.map((s) => s.status), ['failed', 'not-run']);
  });

  it('an operation that fails at the service fails the job with the service\'s error', async () => {
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store, { secrets: memorySecrets() });
    const job = await createJob(store, 'vm create eng3 West US');
    await engine.approve(await engine.plan(job, { settings }), 'U2');
    const waiting = await engine.advance((await store.get(job.id)) as Job);
    bench.emulator.admin.completePendingOperations();
    bench.emulator.admin.failNextOperation({ httpStatusCode: 500, code: 'InternalError', message: 'The deployment broke.' });
    const failed = await drive(engine, store, waiting.id, bench);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.error?.code, 'InternalError');
    assert.equal(failed.error?.message, 'The deployment broke.');
    const step = failed.steps.find((s) => s.status === 'failed');
    assert.ok(step?.status === 'failed' && step.requestId, 'the failed step keeps its request id');
  });

  it('a poll that cannot read the operation is not a failed change: the job keeps waiting and records the error', async () => {
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store);
    await bench.client.hostedServices.create({ serviceName: 'eng4', label: 'eng4', location: 'West US' });
    const job = await createJob(store, 'service delete eng4');
    await engine.approve(await engine.plan(job, { settings }), 'U2');
    const waiting = await engine.advance((await store.get(job.id)) as Job);
    assert.equal(waiting.status, 'waiting');
    bench.emulator.admin.setFaults({ errorRates: { 503: 1 }, pathPattern: '^/operations', count: 1 });
    const polled = await engine.poll(waiting);
    assert.equal(polled.status, 'waiting');
    const step = polled.steps[0];
    assert.ok(step?.status === 'submitted');
    assert.equal(step.pollError?.code, 'ServerBusy');
    const done = await drive(engine, store, job.id, bench);
    assert.equal(done.status, 'succeeded');
  });

  it('an asynchronous call that returns no request id is a failure, not a success', async () => {
    const store = new MemoryJobStore();
    const noId = new Proxy(bench.client, {
      get: (target, key) => (key === 'hostedServices'
        ? { get: target.hostedServices.get.bind(target.hostedServices), create: async (...args: Parameters<typeof target.hostedServices.create>) => { await target.hostedServices.create(...args); return {}; } }
        : (target as unknown as Record<string | symbol, unknown>)[key]),
    }) as unknown as ManagementClientLike;
    const engine = engineFor(noId, store, { secrets: memorySecrets() });
    const job = await createJob(store, 'vm create eng5 West US');
    const done = await drive(engine, store, job.id, bench);
    assert.equal(done.status, 'failed');
    assert.equal(done.error?.code, 'NO_REQUEST_ID');
  });

  it('an event handler that throws is logged and does not fail the job', async () => {
    const store = new MemoryJobStore();
    const warnings: string[] = [];
    const engine = engineFor(bench.client, store, {
      onEvent: () => { throw new Error('card update failed'); },
      logger: { warn: (message, details) => warnings.push(`${message} ${String(details?.error)}`) },
    });
    const job = await createJob(store, 'service list');
    const done = await drive(engine, store, job.id, bench);
    assert.equal(done.status, 'succeeded');
    assert.ok(warnings.length >= 2 && warnings.every((w) => w.includes('card update failed')), warnings.join('\n'));
  });

  it('a denied, expired or cancelled job never runs; a finished job never changes', async () => {
    const store = new MemoryJobStore();
    let now = new Date('2024-01-01T00:00:00Z');
    const engine = engineFor(bench.client, store, { now: () => now });
    const make = async (id: string) => engine.plan(await createJob(store, `service delete ${id}`, id), { settings, expiresAt: '2024-01-01T01:00:00.000Z' });
    const denied = await engine.deny(await make('d1'), 'U2');
    const cancelled = await engine.cancel(await make('d2'), 'U1');
    const toExpire = await make('d3');
    now = new Date('2024-01-01T02:00:00Z');
    await assert.rejects(engine.approve(toExpire, 'U2'), { code: 'ILLEGAL_TRANSITION', reason: 'expired' });
    const expired = await engine.expire(toExpire);
    const before = bench.requests.length;
    for (const job of [denied, cancelled, expired]) {
      assert.deepEqual(await engine.advance(job), job);
      assert.deepEqual(await engine.poll(job), job);
      await assert.rejects(engine.approve(job, 'U2'), { code: 'ILLEGAL_TRANSITION' });
    }
    assert.equal(bench.requests.length, before, 'nothing was sent');
    assert.equal(jobReport(denied).outcome.error?.code, 'JOB_DENIED');
  });

  it('makes a generated password in a step through the SecretStore, once, and stores only its name and location', async () => {
    const store = new MemoryJobStore();
    const secrets = memorySecrets();
    const engine = engineFor(bench.client, store, { secrets });
    const plan: Plan = {
      version: 1, commandId: 'service list', command: 'service list', risk: 'read', summary: 's', secrets: [], notes: [],
      steps: [{ id: 'password', title: 'Make a password', call: 'secrets.generatePassword', args: ['pw-1', { tags: { job: 'j' } }], async: false }],
    };
    const job = await createJob(store, 'service list');
    const ready = await store.update({ ...job, status: 'approved', plan, steps: [{ status: 'pending' }] }, job.version);
    const done = await engine.advance(ready);
    assert.equal(done.status, 'succeeded');
    const step = done.steps[0];
    assert.ok(step?.status === 'succeeded');
    assert.deepEqual(step.result, { name: 'pw-1', location: 'memory:pw-1' });
    const value = secrets.values.get('pw-1') as string;
    assert.ok(value.length >= 8 && !JSON.stringify(done).includes(value));
    const again = await store.update({ ...done, status: 'running', steps: [{ status: 'calling', at: done.updatedAt }] }, done.version);
    await engine.advance(again);
    assert.equal(secrets.sets, 1, 'a second run finds the secret and does not make another');
  });

  it('bounds stored results and marks them truncated', async () => {
    const store = new MemoryJobStore();
    const all = await bench.client.locations.list();
    const limit = JSON.stringify(all.slice(0, 2)).length + 10;
    const engine = engineFor(bench.client, store, { resultLimit: limit });
    const job = await createJob(store, 'location list');
    const done = await drive(engine, store, job.id, bench);
    const step = done.steps[0];
    assert.ok(step?.status === 'succeeded' && step.truncated === true);
    assert.ok(Array.isArray(step.result) && JSON.stringify(step.result).length <= limit);
    assert.deepEqual(step.result, JSON.parse(JSON.stringify(all.slice(0, 2))), 'the leading items that fit are kept');
  });

  it('is quiet: no sleeps and no waits — only operations.get is used to follow an operation', async () => {
    const before = bench.requests.length;
    const store = new MemoryJobStore();
    const engine = engineFor(bench.client, store, { logger: quietLogger });
    await bench.client.hostedServices.create({ serviceName: 'eng6', label: 'eng6', location: 'West US' });
    const job = await createJob(store, 'service delete eng6');
    const done = await drive(engine, store, job.id, bench);
    assert.equal(done.status, 'succeeded');
    const lines = bench.requests.slice(before);
    assert.equal(countRequests(lines, 'GET', /^\/operations\//), 1, lines.join('\n'));
  });
});
