import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TableClient } from '@azure/data-tables';
import { startAzurite, type RunningAzurite } from '../../../src/local/azurite/start-azurite.ts';
import { createAuditLog, type AuditLog } from '../../../src/slack/audit/index.ts';

let azurite: RunningAzurite;
before(async () => {
  azurite = await startAzurite();
});
after(() => azurite.close());

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

let tables = 0;
/** A fresh table per test, a clock that moves one second per entry. */
function fresh(start = Date.parse('2025-06-01T12:00:00Z'), step = 1000): { log: AuditLog; tableName: string; at: () => number } {
  let t = start - step;
  const tableName = `audit${++tables}x${Date.now() % 100000}`;
  const log = createAuditLog({ connectionString: azurite.connectionString, tableName, now: () => new Date((t += step)) });
  return { log, tableName, at: () => t };
}

describe('audit log on Azurite', () => {
  test('records every kind and lists newest first, with what was stored', async () => {
    const { log } = fresh();
    const kinds = ['request', 'refusal', 'approval', 'denial', 'cancellation', 'expiry', 'outcome'] as const;
    for (const [i, kind] of kinds.entries()) {
      await log.record({ kind, userId: i % 2 ? 'U0BOB' : 'U0ANN', channelId: 'C0OPS', command: 'vm create web1 "West US"', jobId: 'job-1', decision: kind, reason: `r${i}` });
    }
    await log.record({ kind: 'outcome', userId: 'system', channelId: 'C0OPS', jobId: 'job-1', decision: 'succeeded', requestIds: ['req-1', 'req-2'] });
    const listed = await log.list({ channelId: 'C0OPS' });
    assert.deepEqual(listed.map((r) => r.kind), ['outcome', 'outcome', 'expiry', 'cancellation', 'denial', 'approval', 'refusal', 'request']);
    assert.deepEqual(listed[0], {
      id: listed[0]!.id, at: '2025-06-01T12:00:07.000Z', kind: 'outcome', userId: 'system', channelId: 'C0OPS', jobId: 'job-1', decision: 'succeeded', requestIds: ['req-1', 'req-2'],
    });
    assert.equal(listed[7]!.command, 'vm create web1 "West US"');
    assert.equal(listed[7]!.reason, 'r0');
  });

  test('filters by channel and time, limits, and merges channels newest first', async () => {
    const { log } = fresh();
    for (let i = 0; i < 12; i++) await log.record({ kind: 'request', userId: 'U0ANN', channelId: i % 3 === 0 ? 'C0DEV' : 'C0OPS', command: `c${i}` });
    const all = await log.list();
    assert.deepEqual(all.map((r) => r.command), ['c11', 'c10', 'c9', 'c8', 'c7', 'c6', 'c5', 'c4', 'c3', 'c2', 'c1', 'c0']);
    assert.deepEqual((await log.list({ limit: 3 })).map((r) => r.command), ['c11', 'c10', 'c9']);
    assert.deepEqual((await log.list({ channelId: 'C0DEV' })).map((r) => r.command), ['c9', 'c6', 'c3', 'c0']);
    assert.deepEqual((await log.list({ channelId: 'C0OPS', limit: 2 })).map((r) => r.command), ['c11', 'c10']);
    const since = new Date('2025-06-01T12:00:09Z');
    assert.deepEqual((await log.list({ since })).map((r) => r.command), ['c11', 'c10', 'c9']);
    assert.deepEqual((await log.list({ since, channelId: 'C0DEV' })).map((r) => r.command), ['c9']);
    assert.deepEqual(await log.list({ channelId: 'C0NONE' }), []);
  });

  test('two entries in the same millisecond are both kept, in distinct rows', async () => {
    const { log } = fresh(Date.parse('2025-06-01T12:00:00Z'), 0);
    const [a, b] = await Promise.all([
      log.record({ kind: 'approval', userId: 'U0BOB', channelId: 'C0OPS', jobId: 'j' }),
      log.record({ kind: 'refusal', userId: 'U0CAT', channelId: 'C0OPS', jobId: 'j', reason: 'ALREADY_DECIDED' }),
    ]);
    assert.notEqual(a.id, b.id);
    assert.equal((await log.list({ channelId: 'C0OPS' })).length, 2);
  });

  test('a keyed entry is written once: the same time and key a second time (a redelivered message) leave one row', async () => {
    const { log } = fresh();
    const at = new Date('2025-05-31T08:00:00Z');
    const entry = { kind: 'request' as const, userId: 'U0ANN', channelId: 'C0KEY', command: 'vm list', jobId: 'j1', decision: 'allowed' };
    const first = await log.record(entry, { at, key: 'j1:request' });
    const again = await log.record(entry, { at, key: 'j1:request' });
    await Promise.all([log.record(entry, { at, key: 'j1:request' }), log.record(entry, { at, key: 'j1:request' })]);
    assert.equal(again.id, first.id);
    await log.record({ ...entry, kind: 'refusal' }, { at, key: 'r2:refusal' });
    const listed = await log.list({ channelId: 'C0KEY' });
    assert.equal(listed.length, 2);
    assert.deepEqual(listed.map((r) => r.at), [at.toISOString(), at.toISOString()], 'recorded with the time it happened, not the time written');
  });

  test('secrets pasted into a command or reason never reach the table', async () => {
    const { log, tableName } = fresh();
    await log.record({
      kind: 'request', userId: 'U0ANN', channelId: 'C0OPS',
      command: 'vm create web1 --password Hunter2! xoxb-1111-2222-abcdEFGH',
      // A fake key block, spelled in parts so the file itself holds no key banner.
      reason: `DefaultEndpointsProtocol=https;AccountName=a;AccountKey=QUJDREVGR0g=;EndpointSuffix=x -----BEGIN ${'PRIVATE'} KEY-----\nMIIEv\n-----END ${'PRIVATE'} KEY-----`,
    });
    const raw = TableClient.fromConnectionString(azurite.connectionString, tableName, { allowInsecureConnection: true });
    const stored = JSON.stringify(await all(raw.listEntities()));
    for (const secret of ['Hunter2!', 'xoxb-1111', 'abcdEFGH', 'QUJDREVGR0g=', 'MIIEv']) assert.ok(!stored.includes(secret), `stored ${secret}`);
    assert.match(stored, /--password \[redacted\] \[redacted\]/);
    assert.match(stored, /AccountKey=\[redacted\]/);
    assert.match(stored, /\[redacted private key\]/);
  });

  test('an unknown kind is refused before anything is written', async () => {
    const { log } = fresh();
    await assert.rejects(log.record({ kind: 'approve' as never, userId: 'U0BOB', channelId: 'C0OPS' }), /Unknown audit kind "approve"/);
  });

  test('a given table client is used as is', async () => {
    const tableClient = TableClient.fromConnectionString(azurite.connectionString, 'auditgiven', { allowInsecureConnection: true });
    const log = createAuditLog({ tableClient, now: () => new Date('2025-06-01T12:00:00Z') });
    await log.record({ kind: 'expiry', userId: 'system', channelId: 'C0OPS', jobId: 'j9' });
    const rows = await all(tableClient.listEntities());
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.partitionKey, 'C0OPS');
    assert.match(rows[0]!.rowKey!, /^\d{16}-[0-9a-f]{12}$/);
  });

  test('a failed first use is not remembered: the next call opens the table again', async () => {
    const real = TableClient.fromConnectionString(azurite.connectionString, 'auditretry', { allowInsecureConnection: true });
    let creates = 0;
    const flaky = {
      createTable: async (options?: { abortSignal?: AbortSignal }) => {
        creates++;
        if (creates === 1) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        return real.createTable(options);
      },
      createEntity: real.createEntity.bind(real),
      listEntities: real.listEntities.bind(real),
    } as Parameters<typeof createAuditLog>[0]['tableClient'];
    const log = createAuditLog({ tableClient: flaky });
    await assert.rejects(log.record({ kind: 'request', userId: 'U0ANN', channelId: 'C0OPS' }), /ECONNREFUSED/);
    await log.record({ kind: 'request', userId: 'U0ANN', channelId: 'C0OPS' });
    await log.list();
    assert.equal(creates, 2);
    assert.equal((await all(real.listEntities())).length, 1);
  });
});
