// startAzurite: free ports, the real SDK clients against both services, ports released on close,
// a data directory that outlives a restart, and no telemetry SDK loaded.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TableClient } from '@azure/data-tables';
import { QueueClient } from '@azure/storage-queue';
import { startAzurite, type RunningAzurite } from '../../src/local/azurite/start-azurite.ts';

const portOf = (url: string) => Number(new URL(url).port);
const tableClient = (az: RunningAzurite, name: string) => TableClient.fromConnectionString(az.connectionString, name, { allowInsecureConnection: true });
const queueClient = (az: RunningAzurite, name: string) => new QueueClient(az.connectionString, name);

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('startAzurite', () => {
  const dirs: string[] = [];
  after(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('starts two instances side by side on distinct free ports, with a matching connection string', async () => {
    const [one, two] = await Promise.all([startAzurite(), startAzurite()]);
    try {
      const ports = [one, two].flatMap((az) => [portOf(az.queueUrl), portOf(az.tableUrl)]);
      assert.equal(new Set(ports).size, 4, `ports ${ports.join(', ')}`);
      for (const port of ports) assert.ok(port > 0);
      assert.match(one.tableUrl, /^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/);
      assert.ok(one.connectionString.includes(`TableEndpoint=${one.tableUrl};`));
      assert.ok(one.connectionString.includes(`QueueEndpoint=${one.queueUrl};`));
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('serves tables and queues to the real SDK clients, and releases its ports on close', async () => {
    const az = await startAzurite();
    const ports = [portOf(az.queueUrl), portOf(az.tableUrl)];
    try {
      const table = tableClient(az, 'things');
      await table.createTable();
      await table.createEntity({ partitionKey: 'p', rowKey: 'r1', name: 'first' });
      assert.equal((await table.getEntity<{ name: string }>('p', 'r1')).name, 'first');
      const queue = queueClient(az, 'work');
      await queue.create();
      await queue.sendMessage('{"jobId":"j1","action":"plan"}');
      const received = await queue.receiveMessages({ numberOfMessages: 1 });
      assert.equal(received.receivedMessageItems[0]?.messageText, '{"jobId":"j1","action":"plan"}');
      for (const port of ports) assert.equal(await canListen(port), false, `port ${port} is Azurite's while it runs`);
    } finally {
      await az.close();
    }
    for (const port of ports) assert.equal(await canListen(port), true, `port ${port} free again after close`);
  });

  it('keeps tables and queue messages in its data directory across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'azurite-data-'));
    dirs.push(dataDir);
    const first = await startAzurite({ dataDir });
    try {
      const table = tableClient(first, 'kept');
      await table.createTable();
      await table.createEntity({ partitionKey: 'p', rowKey: 'r', value: 42 });
      const queue = queueClient(first, 'kept');
      await queue.create();
      await queue.sendMessage('still here');
    } finally {
      await first.close();
    }
    const second = await startAzurite({ dataDir });
    try {
      assert.equal((await tableClient(second, 'kept').getEntity<{ value: number }>('p', 'r')).value, 42);
      const peeked = await queueClient(second, 'kept').peekMessages({ numberOfMessages: 5 });
      assert.deepEqual(peeked.peekedMessageItems.map((m) => m.messageText), ['still here']);
    } finally {
      await second.close();
    }
    const fresh = await startAzurite();
    try {
      await assert.rejects(tableClient(fresh, 'kept').getEntity('p', 'r'), { statusCode: 404 });
    } finally {
      await fresh.close();
    }
  });

  it('does not load the Application Insights SDK that Azurite\'s telemetry would pull in', async () => {
    const az = await startAzurite();
    await az.close();
    const require = createRequire(import.meta.url);
    const sdk = createRequire(require.resolve('azurite/dist/src/common/Telemetry')).resolve('applicationinsights');
    assert.deepEqual(require.cache[sdk]?.exports, {});
    assert.equal(Object.keys(require.cache).some((path) => path.includes('/@azure/monitor-opentelemetry/')), false);
  });
});
