import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isJobConflict, type NewJob } from '../../../src/jobs/index.ts';
import { MemoryJobStore } from '../../../src/jobs/memory-store.ts';

const job = (id: string, createdAt: string, origin: Record<string, string> = {}, status: NewJob['status'] = 'planned'): NewJob => ({
  id, command: 'vm list', commandId: 'vm list', risk: 'read', requester: 'U1', origin, status, steps: [], createdAt, updatedAt: createdAt,
});

describe('MemoryJobStore', () => {
  it('creates with version 1, refuses a second create of the same id, and gets copies', async () => {
    const store = new MemoryJobStore();
    const created = await store.create(job('a', '2024-01-01T00:00:00.000Z'));
    assert.equal(created.version, '1');
    await assert.rejects(store.create(job('a', '2024-01-01T00:00:00.000Z')), (e) => isJobConflict(e));
    assert.equal(await store.get('nope'), undefined);
    const got = await store.get('a');
    assert.deepEqual(got, created);
    (got as { status: string }).status = 'failed';
    assert.equal((await store.get('a'))?.status, 'planned');
  });

  it('does not keep the caller\'s objects: mutating what was passed in changes nothing stored', async () => {
    const store = new MemoryJobStore();
    const input = { ...job('a', '2024-01-01T00:00:00.000Z'), origin: { channel: 'C1' } };
    await store.create(input);
    (input.origin as Record<string, string>).channel = 'C2';
    assert.equal((await store.get('a'))?.origin.channel, 'C1');
  });

  it('updates only at the expected version; of two writers exactly one wins', async () => {
    const store = new MemoryJobStore();
    const v1 = await store.create(job('a', '2024-01-01T00:00:00.000Z'));
    const results = await Promise.allSettled([
      store.update({ ...v1, status: 'approved' }, v1.version),
      store.update({ ...v1, status: 'cancelled' }, v1.version),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected');
    assert.ok(rejected && isJobConflict(rejected.reason));
    const stored = await store.get('a');
    assert.equal(stored?.version, '2');
    assert.equal(stored?.status, 'approved');
    await assert.rejects(store.update({ ...v1, id: 'missing' }, '1'), (e) => isJobConflict(e));
  });

  it('lists by status and recent jobs newest first, filtered by origin and since, limited', async () => {
    const store = new MemoryJobStore();
    await store.create(job('old', '2024-01-01T00:00:00.000Z', { channel: 'C1' }, 'waiting'));
    await store.create(job('mid', '2024-01-02T00:00:00.000Z', { channel: 'C2', team: 'T' }, 'waiting'));
    await store.create(job('new', '2024-01-03T00:00:00.000Z', { channel: 'C1', team: 'T' }, 'succeeded'));
    assert.deepEqual((await store.listByStatus('waiting')).map((j) => j.id), ['mid', 'old']);
    assert.deepEqual((await store.listByStatus('waiting', { limit: 1 })).map((j) => j.id), ['mid']);
    assert.deepEqual((await store.listRecent()).map((j) => j.id), ['new', 'mid', 'old']);
    assert.deepEqual((await store.listRecent({ origin: { channel: 'C1' } })).map((j) => j.id), ['new', 'old']);
    assert.deepEqual((await store.listRecent({ origin: { team: 'T', channel: 'C2' } })).map((j) => j.id), ['mid']);
    assert.deepEqual((await store.listRecent({ since: new Date('2024-01-02T00:00:00.000Z') })).map((j) => j.id), ['new', 'mid']);
    assert.deepEqual((await store.listRecent({ limit: 2 })).map((j) => j.id), ['new', 'mid']);
  });

  it('honours an aborted signal', async () => {
    const store = new MemoryJobStore();
    await assert.rejects(store.get('a', { abortSignal: AbortSignal.abort() }), { name: 'AbortError' });
  });
});
