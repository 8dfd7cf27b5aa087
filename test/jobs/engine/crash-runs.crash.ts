// Crash runs (npm run test:crash): stop the engine after every store write and after every service
// call of a multi-step job, resume from the stored state in a new engine, and check the end state,
// that no create or delete reached the emulator twice, and that every step is reported as it went.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../../../src/commands/index.ts';
import { isFinal, type Job, type JobStore } from '../../../src/jobs/index.ts';
import { Crash, crashingClient, crashingStore, crashPoint, type CrashPoint } from './crash.ts';
import { countRequests, createJob, drive, engineFor, memorySecrets, MemoryJobStore, settings, startBench, type Bench } from './support.ts';

interface Scenario {
  readonly name: string;
  /** Makes what the job needs and stores the job; returns its id. */
  prepare(store: JobStore, run: string): Promise<string>;
  /** Requests that must reach the emulator exactly once in a run. */
  readonly once: (run: string) => readonly (readonly [method: string, path: RegExp])[];
  check(job: Job, run: string): Promise<void>;
}

describe('crash runs: stopped anywhere, resumed from the stored state', () => {
  let bench: Bench;
  const secrets = memorySecrets();
  before(async () => {
    bench = await startBench();
    await bench.client.storageAccounts.create({ serviceName: 'crashvhds', label: 'crashvhds', location: 'West US' });
    bench.emulator.admin.completePendingOperations();
  });
  after(async () => { await bench.close(); });

  /** vm create on a subscription with nothing for it: a storage account for the disk, the cloud service, the VM. */
  const vmCreate: Scenario = {
    name: 'vm create (storage account, cloud service, deployment)',
    async prepare(store, run) {
      const job = await createJob(store, `vm create ${run} West US`);
      const planned = await engineFor(bench.client, store, { secrets }).plan(job, { settings, requireApproval: false });
      assert.equal(planned.status, 'approved', JSON.stringify(planned.error));
      const plan = planned.plan as Plan;
      if (plan.steps.some((s) => s.call === 'storageAccounts.create')) return job.id;
      // Until the planner creates the account itself, put the disk in a new account made by the first step.
      const account = `${run}disks`;
      const steps = JSON.parse(JSON.stringify(plan.steps).replaceAll('crashvhds.blob', `${account}.blob`)) as Plan['steps'];
      const fresh: Plan = {
        ...plan,
        steps: [{ id: 'create-storage', title: `Create storage account ${account}`, call: 'storageAccounts.create', args: [{ serviceName: account, label: account, location: 'West US' }], async: true }, ...steps],
      };
      await store.update({ ...planned, plan: fresh, steps: fresh.steps.map(() => ({ status: 'pending' as const })) }, planned.version);
      return job.id;
    },
    once: (run) => [
      ['POST', /^\/services\/storageservices$/],
      ['POST', /^\/services\/hostedservices$/],
      ['POST', new RegExp(`^/services/hostedservices/${run}/deployments$`)],
    ],
    async check(job, run) {
      assert.deepEqual(job.steps.map((s) => s.status), job.plan?.steps.map(() => 'succeeded'));
      const deployment = await bench.client.deployments.getByName(run, run);
      assert.equal(deployment.roleList?.[0]?.roleName, run);
      assert.equal((await bench.client.storageAccounts.get(`${run}disks`)).storageServiceProperties?.status, 'Created');
    },
  };

  const vmDelete: Scenario = {
    name: 'vm delete (deployment, then cloud service)',
    async prepare(store, run) {
      const setup = await createJob(store, `vm create ${run} West US`);
      const made = await drive(engineFor(bench.client, store, { secrets }), store, setup.id, bench);
      assert.equal(made.status, 'succeeded');
      return (await createJob(store, `vm delete ${run}`)).id;
    },
    once: (run) => [
      ['DELETE', new RegExp(`^/services/hostedservices/${run}/deployments/${run}(\\?|$)`)],
      ['DELETE', new RegExp(`^/services/hostedservices/${run}(\\?|$)`)],
    ],
    async check(job, run) {
      assert.ok(job.steps.every((s) => s.status === 'succeeded' || s.status === 'skipped'), JSON.stringify(job.steps));
      await assert.rejects(bench.client.hostedServices.get(run), { code: 'ResourceNotFound' });
    },
  };

  let runs = 0;
  /** Drives the job with an engine that stops at the point; returns whether it stopped. */
  async function runUntilCrash(store: JobStore, id: string, point: CrashPoint, writes: number, calls: number): Promise<boolean> {
    const engine = engineFor(crashingClient(bench.client, point, calls), crashingStore(store, point, writes), { secrets });
    try {
      const job = await drive(engine, crashingStore(store, point, Infinity), id, bench);
      assert.ok(isFinal(job.status));
      return false;
    } catch (error) {
      assert.ok(error instanceof Crash, `only the injected crash stops the engine: ${String(error)}`);
      return true;
    }
  }

  async function crashAndResume(scenario: Scenario, where: 'writes' | 'calls', n: number): Promise<boolean> {
    const run = `crash${++runs}`;
    const store = new MemoryJobStore();
    const id = await scenario.prepare(store, run);
    const from = bench.requests.length;
    const point = crashPoint();
    const crashed = await runUntilCrash(store, id, point, where === 'writes' ? n : Infinity, where === 'calls' ? n : Infinity);
    const job = await drive(engineFor(bench.client, store, { secrets }), store, id, bench);
    const context = `${scenario.name}, stopped after ${where} ${n}: ${JSON.stringify(job.steps)}`;
    assert.equal(job.status, 'succeeded', context);
    await scenario.check(job, run);
    const lines = bench.requests.slice(from);
    for (const [method, path] of scenario.once(run)) assert.equal(countRequests(lines, method, path), 1, `${method} ${path} once; ${context}\n${lines.join('\n')}`);
    return crashed;
  }

  for (const scenario of [vmCreate, vmDelete]) {
    for (const where of ['writes', 'calls'] as const) {
      it(`${scenario.name}: stopped after each of its ${where}`, async () => {
        let n = 1;
        while (await crashAndResume(scenario, where, n)) n++;
        assert.ok(n > 4, `the job has several ${where} (${n - 1})`);
      });
    }
  }
});
