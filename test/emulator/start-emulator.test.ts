import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startEmulator } from '../../src/emulator/index.ts';
import { issueManagementCertificate } from '../../src/emulator/pki/index.ts';

describe('startEmulator(options)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'asm-emulator-start-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('resolves to the facts of the ready line plus close(); port 0 picks a free port; in memory writes no state', async () => {
    const extra = issueManagementCertificate('extra', new Date());
    const subscriptionId = '22222222-2222-2222-2222-222222222222';
    const emulator = await startEmulator({ port: 0, dataDir, inMemory: true, subscriptions: [{ subscriptionId, certificate: extra.certPem }] });
    try {
      assert.match(emulator.url, /^https:\/\/127\.0\.0\.1:\d+$/);
      assert.notEqual(new URL(emulator.url).port, '0');
      for (const file of [emulator.caFile, emulator.certFile, emulator.pfxFile, emulator.publishSettingsFile]) assert.ok(existsSync(file), file);
      assert.equal(typeof emulator.close, 'function');
      const status = emulator.admin.status();
      assert.equal(status.operationDelayMs, 2000);
      assert.deepEqual(status.subscriptions.map((s) => s.id).sort(), [emulator.subscriptionId, subscriptionId].sort());
    } finally {
      await emulator.close();
    }
    assert.equal(existsSync(join(dataDir, 'state.json')), false);
  });

  it('generates the credentials on the first start and reuses them afterwards', async () => {
    const own = join(dataDir, 'reused');
    const fingerprint = () => new X509Certificate(readFileSync(join(own, 'client.pem'))).fingerprint256;
    await (await startEmulator({ port: 0, dataDir: own, inMemory: true })).close();
    const first = fingerprint();
    await (await startEmulator({ port: 0, dataDir: own, inMemory: true })).close();
    assert.equal(fingerprint(), first);
  });
});
