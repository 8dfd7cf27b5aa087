import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';

const SCRIPT = new URL('./support/legacy-sdk-client.cjs', import.meta.url).pathname;

function runClient(emulator: RunningEmulator): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [SCRIPT, emulator.url, emulator.subscriptionId, emulator.certFile],
      // Trusting the emulator's CA is the only change the old SDK needs besides the endpoint.
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: emulator.caFile }, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`legacy SDK client failed: ${stderr}`));
        else resolve(JSON.parse(stdout) as Record<string, unknown>);
      },
    );
  });
}

describe('clients no one here wrote: azure-asm-compute, azure-asm-storage, azure-asm-mgmt', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, inMemory: true, operationDelayMs: 50 });
  });
  after(() => emulator.close());

  it('list and create affinity groups, cloud services, storage accounts and a VM deployment, polling operations', async () => {
    const seen = await runClient(emulator);
    assert.ok((seen['locations'] as string[]).includes('West US'));
    assert.deepEqual(seen['affinityGroups'], [['legacygroup', 'Legacy group']]);
    assert.deepEqual(seen['hostedServices'], [['legacysvc', 'Legacy service', 'Created']]);
    assert.equal(seen['storageCreate'], 'Succeeded');
    assert.deepEqual(seen['storageAccount'], ['legacystore', 'Created', 'Legacy store']);
    assert.deepEqual(seen['storageList'], ['legacystore']);
    assert.equal(seen['vmCreate'], 'Succeeded');
    assert.deepEqual(seen['deployment'], ['legacydep', 'Running', [['legacyvm', 'ReadyRole', 'Started']]]);
    assert.deepEqual(seen['vm'], ['legacyvm', 'Small', 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd']);
  });
});
