// The JobStore contract against Table Storage (Azurite in process), plus what only this store has.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TableClient } from '@azure/data-tables';
import { createTableJobStore, MAX_JOB_JSON_CHARS } from '../../../src/jobs/table-store/index.ts';
import { startAzurite, type RunningAzurite } from '../../../src/local/azurite/start-azurite.ts';
import { newJob, runJobStoreContract } from './job-store-contract.ts';

let azurite: RunningAzurite;
let tables = 0;
const freshTable = () => `jobs${Date.now().toString(36)}${++tables}`;

runJobStoreContract('Table Storage (Azurite)', {
  async before() {
    azurite = await startAzurite();
  },
  async after() {
    await azurite.close();
  },
  async open() {
    const tableName = freshTable();
    const store = createTableJobStore({ connectionString: azurite.connectionString, tableName });
    return { store, sibling: () => createTableJobStore({ connectionString: azurite.connectionString, tableName }) };
  },
});

describe('Table Storage job store', () => {
  let az: RunningAzurite;
  before(async () => {
    az = await startAzurite();
  });
  after(async () => {
    await az.close();
  });
  const client = (tableName: string) => TableClient.fromConnectionString(az.connectionString, tableName, { allowInsecureConnection: true });

  it('keeps status, times and identifier-named origin fields as properties beside the JSON, and the ETag as the version', async () => {
    const tableName = freshTable();
    const store = createTableJobStore({ tableClient: client(tableName) });
    const created = await store.create(newJob('p1', { origin: { channel: 'C7', 'response-url': 'https://x' } }));
    const entity = await client(tableName).getEntity<Record<string, unknown>>('job', 'p1');
    assert.equal(entity.etag, created.version);
    assert.equal(entity['Status'], 'planned');
    assert.equal(entity['Origin_channel'], 'C7');
    assert.equal(entity['Origin_response-url'], undefined);
    assert.deepEqual(entity['CreatedAt'], new Date('2026-03-01T10:00:00.000Z'));
    assert.equal(JSON.parse(String(entity['Job'])).id, 'p1');
  });

  it('creates its table once per store, not per call', async () => {
    const tableName = freshTable();
    const tableClient = client(tableName);
    let creates = 0;
    const createTable = tableClient.createTable.bind(tableClient);
    tableClient.createTable = (options) => (creates++, createTable(options));
    const store = createTableJobStore({ tableClient });
    await Promise.all([store.get('a'), store.get('b'), store.listByStatus('waiting')]);
    await store.create(newJob('c'));
    assert.equal(creates, 1);
  });

  it('refuses a job over the size bound with a clear error and stores nothing', async () => {
    const store = createTableJobStore({ connectionString: az.connectionString, tableName: freshTable() });
    const big = newJob('big', { steps: [{ status: 'succeeded', at: '2026-03-01T10:00:00.000Z', result: 'x'.repeat(MAX_JOB_JSON_CHARS) }] });
    await assert.rejects(store.create(big), { name: 'TableJobStoreError', code: 'JOB_TOO_LARGE', message: /Job big is \d+ characters as JSON, over the 24000 the job store keeps\. Store large results bounded or by reference/ });
    assert.equal(await store.get('big'), undefined);
    const created = await store.create(newJob('small'));
    await assert.rejects(store.update({ ...big, id: 'small', version: created.version }, created.version), { code: 'JOB_TOO_LARGE' });
    assert.deepEqual(await store.get('small'), created);
  });

  it('a job just under the bound round-trips, its non-ASCII text stored as escapes in ASCII JSON', async () => {
    const tableName = freshTable();
    const store = createTableJobStore({ connectionString: az.connectionString, tableName });
    const text = 'é ü 漢字 🚀 — ';
    const shape = (filler: string) => newJob('wide', { steps: [{ status: 'succeeded', at: '2026-03-01T10:00:00.000Z', result: { text, filler } }] });
    const escaped = JSON.stringify(shape('')).length + text.replace(/[\x20-\x7e]/g, '').length * 5; // \uXXXX for each
    const job = shape('x'.repeat(MAX_JOB_JSON_CHARS - escaped));
    const created = await store.create(job);
    assert.deepEqual(await store.get('wide'), created);
    const stored = String((await client(tableName).getEntity<Record<string, unknown>>('job', 'wide'))['Job']);
    assert.match(stored, /^[\x20-\x7e]+$/);
    assert.equal(stored.length, MAX_JOB_JSON_CHARS);
    await assert.rejects(store.update({ ...created, requester: `${created.requester}漢` }, created.version), { code: 'JOB_TOO_LARGE' });
  });

  it('refuses an id that cannot be a row key, saying which characters', async () => {
    const store = createTableJobStore({ connectionString: az.connectionString, tableName: freshTable() });
    await assert.rejects(store.create(newJob('a/b')), { code: 'JOB_INVALID', message: /without \/ \\ # \?/ });
  });

  it('says what it needs when given neither a connection string nor a client', () => {
    assert.throws(() => createTableJobStore({}), /needs a connectionString .* or a tableClient/);
  });
});
