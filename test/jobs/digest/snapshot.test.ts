import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeSnapshot, encodeSnapshot, takeSnapshot } from '../../../src/jobs/digest/index.ts';
import type { ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { startSubscription } from './support/subscription.ts';

describe('digest snapshot (management core against the emulator)', () => {
  let f: ContractFixture;
  before(async () => { f = await startSubscription(); });
  after(() => f.close());

  it('reads cloud services with deployments and instances by state, VMs with power state, storage accounts', async () => {
    const snapshot = await takeSnapshot(f.client, { now: new Date('2025-03-10T08:00:00Z'), certificateExpiresAt: new Date('2025-04-01T00:00:00Z') });
    assert.equal(snapshot.takenAt, '2025-03-10T08:00:00.000Z');
    assert.equal(snapshot.certificateExpiresAt, '2025-04-01T00:00:00.000Z');
    assert.deepEqual(snapshot.services, [
      { name: 'vmsvc', location: 'West US', deployments: [{ name: 'vmdep', slot: 'production', status: 'Running', instances: { ReadyRole: 1 }, vm: true }] },
      { name: 'websvc', location: 'North Europe', deployments: [{ name: 'webprod', slot: 'production', status: 'Running', instances: { ReadyRole: 2 }, vm: false }] },
    ]);
    assert.deepEqual(snapshot.vms, [{ service: 'vmsvc', deployment: 'vmdep', name: 'web1', powerState: 'Started' }]);
    assert.deepEqual(snapshot.storage, [{ name: 'digeststore', location: 'West Europe', status: 'Created' }]);
  });

  it('sees a VM stopped and deallocated, and a suspended deployment', async () => {
    await f.wait(await f.client.virtualMachines.shutdown('vmsvc', 'vmdep', 'web1', { postShutdownAction: 'StoppedDeallocated' }));
    await f.wait(await f.client.deployments.updateStatus('websvc', 'webprod', 'Suspended'));
    const snapshot = await takeSnapshot(f.client, { concurrency: 1 });
    assert.deepEqual(snapshot.vms.map((v) => v.powerState), ['Stopped (deallocated)']);
    assert.equal(snapshot.services[1]?.deployments[0]?.status, 'Suspended');
    await f.wait(await f.client.virtualMachines.start('vmsvc', 'vmdep', 'web1'));
    await f.wait(await f.client.deployments.updateStatus('websvc', 'webprod', 'Running'));
  });

  it('is stored whole when small, JSON that reads back the same', async () => {
    const snapshot = await takeSnapshot(f.client);
    const text = encodeSnapshot(snapshot);
    assert.ok(text.length < 2_000, `${text.length} characters`);
    assert.deepEqual(decodeSnapshot(text), { form: 'full', snapshot });
    assert.equal(decodeSnapshot('{not json'), undefined);
    assert.equal(decodeSnapshot('{"form":"full","snapshot":{"version":9}}'), undefined);
  });

  it('passes the abort signal on: an aborted snapshot stops with the abort', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(takeSnapshot(f.client, { abortSignal: controller.signal }), { code: 'Aborted' });
  });
});
