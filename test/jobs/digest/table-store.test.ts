import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TableClient } from '@azure/data-tables';
import { startAzurite, type RunningAzurite } from '../../../src/local/azurite/start-azurite.ts';
import { createTableDigestStore, currentPeriod, MAX_SNAPSHOT_CHARS, type DigestScheduleStore } from '../../../src/jobs/digest/index.ts';

const binding = { subscriptionId: '00000000-0000-0000-0000-000000000001', certificate: 'asm-cert' };
const berlin = { kind: 'daily', time: '09:00', timeZone: 'Europe/Berlin' } as const;
const newYork = { kind: 'daily', time: '09:00', timeZone: 'America/New_York' } as const;

describe('digest schedule store (Table Storage on Azurite)', () => {
  let azurite: RunningAzurite;
  let tableName = 0;
  const fresh = (): DigestScheduleStore => createTableDigestStore({ connectionString: azurite.connectionString, tableName: `digests${++tableName}` });
  before(async () => { azurite = await startAzurite(); });
  after(() => azurite.close());

  it('sets a schedule without posting the period already under way, then is due at the next run', async () => {
    const store = fresh();
    const setAt = new Date('2025-03-10T15:00:00Z');
    const record = await store.setSchedule('C1', berlin, binding, { now: setAt });
    assert.deepEqual([record.lastPeriodKey, record.periodState], ['2025-03-10T08:00:00.000Z', 'skipped']);
    assert.deepEqual(await store.due(setAt), []);
    const due = await store.due(new Date('2025-03-11T08:00:00Z'));
    assert.deepEqual(due.map((d) => [d.record.channel, d.period.key, d.retry]), [['C1', '2025-03-11T08:00:00.000Z', false]]);
    assert.deepEqual(due[0]?.record.binding, binding);
  });

  it('due across time zones: 09:00 in Berlin has come while 09:00 in New York has not', async () => {
    const store = fresh();
    const setAt = new Date('2025-03-09T20:00:00Z');
    await store.setSchedule('C-berlin', berlin, binding, { now: setAt });
    await store.setSchedule('C-newyork', newYork, binding, { now: setAt });
    // 2025-03-10 08:30Z: 09:30 in Berlin, 04:30 in New York (EDT since 2025-03-09).
    const morning = await store.due(new Date('2025-03-10T08:30:00Z'));
    assert.deepEqual(morning.map((d) => d.record.channel), ['C-berlin']);
    // 13:00Z is 09:00 in New York: both are due now (Berlin still unposted).
    const noon = await store.due(new Date('2025-03-10T13:00:00Z'));
    assert.deepEqual(noon.map((d) => [d.record.channel, d.period.key]).sort(), [
      ['C-berlin', '2025-03-10T08:00:00.000Z'], ['C-newyork', '2025-03-10T13:00:00.000Z'],
    ]);
  });

  it('two racing claims of one period: exactly one wins; the period is then not due', async () => {
    const store = fresh();
    await store.setSchedule('C2', berlin, binding, { now: new Date('2025-03-10T15:00:00Z') });
    const now = new Date('2025-03-11T08:00:05Z');
    const [due] = await store.due(now);
    assert.ok(due);
    const claims = await Promise.all([
      store.claimPeriod('C2', due.period.key, due.record.etag, { now }),
      store.claimPeriod('C2', due.period.key, due.record.etag, { now }),
    ]);
    const winners = claims.filter((c) => c !== undefined);
    assert.equal(winners.length, 1);
    assert.deepEqual([winners[0]?.periodState, winners[0]?.attempts], ['claimed', 1]);
    assert.deepEqual(await store.due(now), []);
    // A claim with the winner's fresh ETag is still refused: the period is taken.
    assert.equal(await store.claimPeriod('C2', due.period.key, winners[0]!.etag, { now }), undefined);
  });

  it('when both racers read before either writes, the conditional write alone picks the one winner', async () => {
    const table = TableClient.fromConnectionString(azurite.connectionString, `digests${++tableName}`, { allowInsecureConnection: true });
    const store = createTableDigestStore({ tableClient: table });
    await store.setSchedule('C6', berlin, binding, { now: new Date('2025-03-10T15:00:00Z') });
    const now = new Date('2025-03-11T08:00:00Z');
    const [due] = await store.due(now);
    // Both claims read the record (and pass the ETag check) before either writes.
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => { release = resolve; });
    let reads = 0;
    const realGet = table.getEntity.bind(table);
    table.getEntity = (async (...args: Parameters<typeof realGet>) => {
      const entity = await realGet(...args);
      if (++reads === 2) release();
      await bothRead;
      return entity;
    }) as typeof table.getEntity;
    const claims = await Promise.all([
      store.claimPeriod('C6', due!.period.key, due!.record.etag, { now }),
      store.claimPeriod('C6', due!.period.key, due!.record.etag, { now }),
    ]);
    assert.equal(reads, 2);
    assert.equal(claims.filter((c) => c !== undefined).length, 1);
  });

  it('a failed post is due once more, then not again; posted stores the snapshot', async () => {
    const store = fresh();
    await store.setSchedule('C3', berlin, binding, { now: new Date('2025-03-10T15:00:00Z') });
    const now = new Date('2025-03-11T08:00:00Z');
    const key = currentPeriod(berlin, now).key;
    let [due] = await store.due(now);
    await store.claimPeriod('C3', key, due!.record.etag, { now });
    const failed = await store.markFailed('C3', key, { error: 'channel_not_found', outcome: 'failed' }, { now });
    assert.deepEqual([failed?.periodState, failed?.lastError], ['failed', 'channel_not_found']);
    [due] = await store.due(now);
    assert.equal(due?.retry, true);
    const second = await store.claimPeriod('C3', key, due!.record.etag, { now });
    assert.equal(second?.attempts, 2);
    await store.markFailed('C3', key, { error: 'channel_not_found', outcome: 'failed' }, { now });
    assert.deepEqual(await store.due(now), []);
    // The next period is due again and can be posted.
    const tomorrow = new Date('2025-03-12T08:00:00Z');
    [due] = await store.due(tomorrow);
    assert.equal(due?.retry, false);
    const claimed = await store.claimPeriod('C3', due!.period.key, due!.record.etag, { now: tomorrow });
    assert.equal(claimed?.attempts, 1);
    const snapshot = 'x'.repeat(MAX_SNAPSHOT_CHARS);
    const posted = await store.markPosted('C3', due!.period.key, { messageTs: '1700000000.000100', snapshot }, { now: tomorrow });
    assert.deepEqual([posted?.periodState, posted?.messageTs], ['posted', '1700000000.000100']);
    assert.equal((await store.get('C3'))?.snapshot, snapshot);
  });

  it('an outcome is recorded only by the holder of the claim; off stops the digests and keeps the rest', async () => {
    const store = fresh();
    const now = new Date('2025-03-10T15:00:00Z');
    await store.setSchedule('C/4#', berlin, binding, { now });
    assert.equal(await store.markPosted('C/4#', currentPeriod(berlin, now).key, {}, { now }), undefined);
    const off = await store.turnOff('C/4#', { now });
    assert.equal(off?.schedule, undefined);
    assert.deepEqual(off?.binding, binding);
    assert.deepEqual(await store.due(new Date('2025-03-20T08:00:00Z')), []);
    assert.equal(await store.turnOff('C-none', { now }), undefined);
  });

  it('keeps one entity per channel in the asmdigests layout', async () => {
    const store = createTableDigestStore({ connectionString: azurite.connectionString });
    await store.setSchedule('C5', newYork, binding, { now: new Date('2025-03-10T15:00:00Z') });
    const table = TableClient.fromConnectionString(azurite.connectionString, 'asmdigests', { allowInsecureConnection: true });
    const entity = await table.getEntity<{ Record: string }>('channel', 'C5');
    assert.deepEqual(JSON.parse(entity.Record).schedule, newYork);
  });
});
