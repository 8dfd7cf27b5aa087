import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { bodies } from './support/bodies.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator } from './support/emulator-fixture.ts';
import { waitForOperation } from './support/poll.ts';
import { textAt } from './support/xml.ts';

describe('emulator restart with file persistence', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'asm-emulator-restart-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps resources and credentials, and completes the operations left in progress', async () => {
    const first = await startTestEmulator({ dataDir, inMemory: false, operationDelayMs: HELD_OPERATION_DELAY_MS });
    const subscriptionId = first.emulator.subscriptionId;
    assert.equal((await first.send('POST', '/services/hostedservices', { body: bodies.createHostedService('keptsvc') })).status, 201);
    const storage = await first.send('POST', '/services/storageservices', { body: bodies.createStorage('inflight1') });
    assert.equal(storage.status, 202);
    const requestId = storage.headers['x-ms-request-id'] ?? '';
    assert.equal(textAt((await first.send('GET', `/operations/${requestId}`)).text, 'Status'), 'InProgress');
    await first.close();
    assert.deepEqual(
      readdirSync(dataDir).filter((name) => name.includes('.tmp-')),
      [],
      'no temporary state file is left behind',
    );

    const second = await startTestEmulator({ dataDir, inMemory: false, operationDelayMs: 10 });
    try {
      assert.equal(second.emulator.subscriptionId, subscriptionId);
      const service = await second.send('GET', '/services/hostedservices/keptsvc');
      assert.equal(service.status, 200);
      assert.equal(textAt(service.text, 'HostedServiceProperties/Status'), 'Created');
      // The operation was scheduled for much later; finishing pending ones proves it was resumed, not lost.
      assert.ok(second.emulator.admin.status().pendingOperations >= 1);
      second.emulator.admin.completePendingOperations();
      const done = await waitForOperation(second, requestId);
      assert.equal(textAt(done, 'Status'), 'Succeeded');
      const account = await second.send('GET', '/services/storageservices/inflight1');
      assert.equal(textAt(account.text, 'StorageServiceProperties/Status'), 'Created');
    } finally {
      await second.close();
    }
  });

  it('completes a resumed operation on its own once its time has come', async () => {
    const first = await startTestEmulator({ dataDir, inMemory: false, operationDelayMs: HELD_OPERATION_DELAY_MS });
    const storage = await first.send('POST', '/services/storageservices', { body: bodies.createStorage('inflight2') });
    const requestId = storage.headers['x-ms-request-id'] ?? '';
    await first.close();
    // The next start runs later than the operation's completion time: it finishes without being told to.
    const later = { now: () => Date.now() + 2 * HELD_OPERATION_DELAY_MS };
    const second = await startTestEmulator({ dataDir, inMemory: false, clock: later });
    try {
      const done = await waitForOperation(second, requestId);
      assert.equal(textAt(done, 'Status'), 'Succeeded');
      assert.equal(textAt((await second.send('GET', '/services/storageservices/inflight2')).text, 'StorageServiceProperties/Status'), 'Created');
    } finally {
      await second.close();
    }
  });
});
