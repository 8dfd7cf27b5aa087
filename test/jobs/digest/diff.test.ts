import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeSnapshot, diffSnapshots, encodeSnapshot, hasChanges, MAX_SNAPSHOT_CHARS, storedForm, type Snapshot } from '../../../src/jobs/digest/index.ts';
import { syntheticSnapshot } from './support/synthetic.ts';

const base: Snapshot = {
  version: 1,
  takenAt: '2025-03-09T08:00:00.000Z',
  services: [
    { name: 'vmsvc', deployments: [{ name: 'vmdep', slot: 'production', status: 'Running', instances: { ReadyRole: 2 }, vm: true }] },
    { name: 'old', deployments: [] },
  ],
  vms: [
    { service: 'vmsvc', deployment: 'vmdep', name: 'web1', powerState: 'Started' },
    { service: 'vmsvc', deployment: 'vmdep', name: 'web2', powerState: 'Started' },
  ],
  storage: [{ name: 'gone' }],
};

const next: Snapshot = {
  version: 1,
  takenAt: '2025-03-10T08:00:00.000Z',
  services: [
    { name: 'vmsvc', deployments: [{ name: 'vmdep', slot: 'production', status: 'Suspended', instances: { StoppedVM: 1, ReadyRole: 1 }, vm: true }] },
    { name: 'new', deployments: [] },
  ],
  vms: [
    { service: 'vmsvc', deployment: 'vmdep', name: 'web1', powerState: 'Stopped (deallocated)' },
    { service: 'vmsvc', deployment: 'vmdep', name: 'web2', powerState: 'Started' },
  ],
  storage: [{ name: 'fresh' }],
};

describe('diffSnapshots', () => {
  it('names what appeared and disappeared, VMs whose power state changed and deployments whose status changed', () => {
    const changes = diffSnapshots(base, next);
    assert.equal(changes.since, '2025-03-09T08:00:00.000Z');
    assert.deepEqual(changes.appeared, [{ kind: 'cloud service', name: 'new' }, { kind: 'storage account', name: 'fresh' }]);
    assert.deepEqual(changes.disappeared, [{ kind: 'cloud service', name: 'old' }, { kind: 'storage account', name: 'gone' }]);
    assert.deepEqual(changes.vmStates, [{ kind: 'VM', name: 'web1 (vmsvc)', from: 'Started', to: 'Stopped (deallocated)' }]);
    assert.deepEqual(changes.deploymentStatuses, [{ kind: 'deployment', name: 'vmsvc/production (vmdep)', from: 'Running', to: 'Suspended' }]);
    assert.equal(hasChanges(changes), true);
    assert.equal(hasChanges(diffSnapshots(next, next)), false);
  });

  it('diffs against the stored string the same way', () => {
    assert.deepEqual(diffSnapshots(decodeSnapshot(encodeSnapshot(base))!, next), diffSnapshots(base, next));
  });

  it('a large subscription is stored hashed: appeared and changed are still named, disappeared counted', () => {
    const before = syntheticSnapshot(500);
    const stored = encodeSnapshot(before);
    assert.ok(stored.length <= MAX_SNAPSHOT_CHARS, `${stored.length} characters`);
    const decoded = decodeSnapshot(stored);
    assert.equal(decoded?.form, 'hashed');
    const after: Snapshot = {
      ...before,
      services: [...before.services.slice(1), { name: 'brand-new', deployments: [] }],
      vms: before.vms.slice(2).map((v, i) => (i === 0 ? { ...v, powerState: 'Stopped' } : v)),
    };
    const changes = diffSnapshots(decoded!, after);
    assert.deepEqual(changes.appeared, [{ kind: 'cloud service', name: 'brand-new' }]);
    // The first service went with its deployment and two VMs: four resources, names not kept.
    assert.equal(changes.unnamedDisappeared, 4);
    assert.deepEqual(changes.vmStates, [{ kind: 'VM', name: `vm0 (${after.vms[0]?.service})`, to: 'Stopped' }]);
  });

  it('a very large subscription is stored as counts and a hash: the diff says whether anything changed', () => {
    const before = syntheticSnapshot(500, { staging: true, storage: 200 });
    const form = storedForm(before);
    assert.equal(form.form, 'counts');
    assert.ok(encodeSnapshot(before).length < 1_000);
    const same = diffSnapshots(decodeSnapshot(encodeSnapshot(before))!, before);
    assert.deepEqual(same.coarse, { before: { services: 500, deployments: 1000, vms: 1000, storage: 200 }, after: { services: 500, deployments: 1000, vms: 1000, storage: 200 }, changed: false });
    const stopped = { ...before, vms: before.vms.map((v, i) => (i === 3 ? { ...v, powerState: 'Stopped' } : v)) };
    const changes = diffSnapshots(decodeSnapshot(encodeSnapshot(before))!, stopped);
    assert.equal(changes.coarse?.changed, true);
    assert.equal(hasChanges(changes), true);
  });
});
