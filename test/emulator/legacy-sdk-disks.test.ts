import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { runLegacySdkClient } from './support/legacy-sdk-run.ts';

const runClient = (emulator: RunningEmulator) => runLegacySdkClient('./legacy-sdk-disks-client.cjs', emulator);

describe('peers: azure-asm-compute (disks, data disks) and azure-asm-mgmt (role sizes), unchanged', () => {
  let emulator: RunningEmulator;
  let seen: Record<string, unknown>;
  before(async () => {
    emulator = await startEmulator({ port: 0, inMemory: true, operationDelayMs: 50 });
    seen = await runClient(emulator);
  });
  after(() => emulator.close());

  it('role sizes list with cores, memory, data disk count and VM support', () => {
    assert.deepEqual(seen['roleSizes'], [true, 1, 1792, 2, true]);
  });

  it('data disks attach (polled to Succeeded) and read back by LUN; LUN 0 comes without <Lun>, as the service sends it', () => {
    assert.equal(seen['attach'], 'Succeeded');
    assert.deepEqual(seen['dataDisks'], [
      [null, 10, 'ReadOnly', 'https://legacydisks.blob.core.windows.net/vhds/data0.vhd'],
      [1, 20, 'None', 'https://legacydisks.blob.core.windows.net/vhds/data1.vhd'],
    ]);
    assert.deepEqual(seen['thirdDisk'], [400, 'BadRequest'], 'a Small VM takes two data disks');
  });

  it('disks list with where they are attached; an attached disk cannot be deleted; detached it is free, then deleted', () => {
    assert.deepEqual(seen['listed'], [3, 'disksvm']);
    assert.deepEqual(seen['deleteAttached'], [400, 'BadRequest']);
    const [name, free, size, media] = seen['detached'] as [string, boolean, number, string];
    assert.match(name, /^diskssvc-disksvm-1-\d+$/);
    assert.deepEqual([free, size, media], [true, 20, 'https://legacydisks.blob.core.windows.net/vhds/data1.vhd']);
    assert.equal(seen['deleted'], false);
  });

  it('an OS disk registered from a VHD reads back with its OS', () => {
    assert.deepEqual(seen['osDisk'], ['legacyos', 'legacy os', 'Linux', 'https://legacydisks.blob.core.windows.net/vhds/legacyos.vhd']);
  });
});
