// One contract for every JobStore: the same tests run against the memory store and Table Storage.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isJobConflict, type Job, type JobStatus, type JobStore, type NewJob } from '../../../src/jobs/index.ts';
import { raceTwoWriters } from './race.ts';

export interface StoreFixture {
  readonly store: JobStore;
  /** Another store over the same data (a second process would open its own). */
  sibling(): JobStore;
}

export interface ContractTarget {
  /** A fresh, empty store per call. */
  open(): Promise<StoreFixture>;
  before?(): Promise<void>;
  after?(): Promise<void>;
}

export function newJob(id: string, overrides: Partial<NewJob> = {}): NewJob {
  const at = overrides.createdAt ?? '2026-03-01T10:00:00.000Z';
  return {
    id, command: 'vm create web1 "West US"', commandId: 'vm.create', risk: 'change', requester: 'U123',
    origin: { workspace: 'T1', channel: 'C1', ts: '1700000000.000100' }, status: 'planned', steps: [],
    createdAt: at, updatedAt: at, ...overrides,
  };
}

const richJob = (id: string): NewJob => newJob(id, {
  status: 'waiting',
  binding: { subscriptionId: '00000000-0000-0000-0000-000000000001', certificate: 'asm-cert', endpoint: 'https://127.0.0.1:8443' },
  plan: {
    version: 1, commandId: 'vm.create', command: 'vm create web1 "West US"', risk: 'change', summary: 'Create VM web1 in West US',
    steps: [
      { id: 'ensure-service', title: 'Create cloud service web1', call: 'hostedServices.create', args: [{ serviceName: 'web1', location: 'West US' }], async: false },
      { id: 'create-deployment', title: 'Create the deployment', call: 'virtualMachines.createDeployment', args: ['web1', { name: 'web1', roles: [] }], async: true },
    ],
    secrets: [{ name: 'web1-admin-password', description: 'The administrator password of web1' }],
    notes: ['The OS disk goes to storage account "portalvhds1".', 'Unicode: é ü 漢字 🚀, quotes \' " and a | bar'],
  },
  steps: [
    { status: 'succeeded', at: '2026-03-01T10:00:01.000Z', result: { serviceName: 'web1', count: 3, ok: true, nothing: null }, truncated: false },
    { status: 'submitted', requestId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', at: '2026-03-01T10:00:02.000Z' },
  ],
  decision: { kind: 'approved', by: 'U999', at: '2026-03-01T10:00:00.500Z' },
  expiresAt: '2026-03-02T10:00:00.000Z',
  posted: { card: '1700000000.000200' },
});

export function runJobStoreContract(name: string, target: ContractTarget): void {
  describe(`JobStore contract: ${name}`, () => {
    if (target.before) before(target.before);
    if (target.after) after(target.after);

    it('create then get returns the same job, every field intact, with a version', async () => {
      const { store } = await target.open();
      const created = await store.create(richJob('job-1'));
      assert.equal(typeof created.version, 'string');
      assert.notEqual(created.version, '');
      assert.deepEqual(created, { ...richJob('job-1'), version: created.version });
      assert.deepEqual(await store.get('job-1'), created);
    });

    it('get of an id never stored is undefined', async () => {
      const { store } = await target.open();
      await store.create(newJob('present'));
      assert.equal(await store.get('absent'), undefined);
    });

    it('a second create of the same id is a conflict and leaves the first job as it was', async () => {
      const { store } = await target.open();
      const first = await store.create(newJob('dup'));
      await assert.rejects(store.create(newJob('dup', { requester: 'U-other' })), (error) => isJobConflict(error));
      assert.deepEqual(await store.get('dup'), first);
    });

    it('update with the current version replaces the job and gives a new version; the stale version is then a conflict', async () => {
      const { store } = await target.open();
      const created = await store.create(newJob('u1'));
      const updated = await store.update({ ...created, status: 'running', updatedAt: '2026-03-01T10:05:00.000Z' }, created.version);
      assert.notEqual(updated.version, created.version);
      assert.equal(updated.status, 'running');
      assert.deepEqual(await store.get('u1'), updated);
      await assert.rejects(store.update({ ...created, status: 'cancelled' }, created.version), (error) => isJobConflict(error));
      assert.deepEqual(await store.get('u1'), updated, 'the stale write changed nothing');
    });

    it('update of a job that does not exist is a conflict, not a create', async () => {
      const { store } = await target.open();
      const created = await store.create(newJob('real'));
      await assert.rejects(store.update({ ...created, id: 'ghost' }, created.version), (error) => isJobConflict(error));
      assert.equal(await store.get('ghost'), undefined);
    });

    it('two concurrent updates from the same version: exactly one wins, through two store instances', async () => {
      const fixture = await target.open();
      const created = await fixture.store.create(newJob('race'));
      const results = await Promise.allSettled([
        fixture.store.update({ ...created, status: 'running', requester: 'writer-a' }, created.version),
        fixture.sibling().update({ ...created, status: 'cancelled', requester: 'writer-b' }, created.version),
      ]);
      const won = results.filter((r): r is PromiseFulfilledResult<Job> => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.equal(won.length, 1);
      assert.equal(lost.length, 1);
      assert.ok(isJobConflict(lost[0]!.reason), String(lost[0]!.reason));
      assert.deepEqual(await fixture.store.get('race'), won[0]!.value);
    });

    it('200 jobs raced by two writers: every job is updated exactly once per version, over two rounds', async () => {
      const fixture = await target.open();
      const report = await raceTwoWriters(fixture.store, fixture.sibling(), { jobs: 200, rounds: 2 });
      assert.deepEqual(report.problems, []);
      assert.equal(report.wins, 200 * 2);
      assert.equal(report.conflicts, 200 * 2);
    });

    it('listByStatus returns exactly the jobs in that status, newest first, cut by limit', async () => {
      const { store } = await target.open();
      const statuses: JobStatus[] = ['waiting', 'running', 'waiting', 'succeeded', 'waiting'];
      for (const [i, status] of statuses.entries()) {
        await store.create(newJob(`s${i}`, { status, createdAt: `2026-03-01T10:0${i}:00.000Z` }));
      }
      const moved = await store.get('s1');
      await store.update({ ...moved!, status: 'waiting' }, moved!.version);
      const waiting = await store.listByStatus('waiting');
      assert.deepEqual(waiting.map((j) => j.id), ['s4', 's2', 's1', 's0']);
      assert.deepEqual(waiting[0], await store.get('s4'), 'full jobs, with their versions');
      assert.deepEqual((await store.listByStatus('waiting', { limit: 2 })).map((j) => j.id), ['s4', 's2']);
      assert.deepEqual((await store.listByStatus('running')).map((j) => j.id), []);
      assert.deepEqual((await store.listByStatus('failed')), []);
    });

    it('listRecent filters by origin and since, newest first, cut by limit', async () => {
      const { store } = await target.open();
      const rows: [string, string, Record<string, string>][] = [
        ['r1', '2026-03-01T08:00:00.000Z', { workspace: 'T1', channel: 'C1' }],
        ['r2', '2026-03-01T09:00:00.000Z', { workspace: 'T1', channel: 'C2' }],
        ['r3', '2026-03-01T10:00:00.000Z', { workspace: 'T1', channel: 'C1' }],
        ['r4', '2026-03-01T11:00:00.000Z', { workspace: 'T2', channel: 'C1' }],
        ['r5', '2026-03-01T12:00:00.000Z', { workspace: 'T1', channel: 'C1', 'response-url': 'https://hooks.example/x' }],
        ['r6', '2026-03-01T12:00:00.000Z', {}],
      ];
      for (const [id, createdAt, origin] of rows) await store.create(newJob(id, { createdAt, updatedAt: createdAt, origin }));
      const ids = async (options: Parameters<JobStore['listRecent']>[0]) => (await store.listRecent(options)).map((j) => j.id);
      assert.deepEqual(await ids({}), ['r6', 'r5', 'r4', 'r3', 'r2', 'r1']);
      assert.deepEqual(await ids({ origin: { channel: 'C1' } }), ['r5', 'r4', 'r3', 'r1']);
      assert.deepEqual(await ids({ origin: { workspace: 'T1', channel: 'C1' } }), ['r5', 'r3', 'r1']);
      assert.deepEqual(await ids({ origin: { channel: 'C1' }, since: new Date('2026-03-01T10:00:00.000Z') }), ['r5', 'r4', 'r3']);
      assert.deepEqual(await ids({ origin: { 'response-url': 'https://hooks.example/x' } }), ['r5']);
      assert.deepEqual(await ids({ origin: { channel: "C'9" } }), []);
      assert.deepEqual(await ids({ since: new Date('2026-03-01T10:30:00.000Z'), limit: 2 }), ['r6', 'r5']);
      assert.deepEqual(await ids({ since: new Date('2026-03-02T00:00:00.000Z') }), []);
      const r3 = (await store.get('r3'))!;
      await store.update({ ...r3, status: 'awaiting-approval' }, r3.version);
      assert.deepEqual(await ids({ origin: { channel: 'C1' }, statuses: ['awaiting-approval', 'failed'] }), ['r3']);
      assert.deepEqual(await ids({ statuses: [r3.status] }), ['r6', 'r5', 'r4', 'r2', 'r1']);
      assert.deepEqual(await ids({ statuses: [] }), []);
    });

    it('what a caller does to a returned job changes nothing stored', async () => {
      const { store } = await target.open();
      const created = await store.create(newJob('copy'));
      (created.origin as Record<string, string>)['channel'] = 'C-mutated';
      assert.equal((await store.get('copy'))?.origin['channel'], 'C1');
    });
  });
}
