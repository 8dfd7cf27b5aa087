import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { runLegacySdkClient } from './support/legacy-sdk-run.ts';

const runClient = (emulator: RunningEmulator) => runLegacySdkClient('./legacy-sdk-client.cjs', emulator);

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
