import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Job } from '../../../src/jobs/index.ts';
import { buildDigest, currentPeriod, diffSnapshots, encodeSnapshot, MAX_SNAPSHOT_CHARS, takeSnapshot } from '../../../src/jobs/digest/index.ts';
import { mapLimit } from '../../../src/jobs/map-limit.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { assertWithinBlockKitLimits, blockText } from './support/block-kit-limits.ts';
import { syntheticSnapshot } from './support/synthetic.ts';

const now = new Date('2025-03-10T08:00:00Z');
const period = currentPeriod({ kind: 'weekly', weekday: 'mon', time: '09:00', timeZone: 'Europe/Berlin' }, now);

const manyJobs = (n: number): Job[] => Array.from({ length: n }, (_, i) => ({
  id: `job${i}`, version: '1', command: `vm restart web${i} ${'&<>'.repeat(40)}`, commandId: 'vm.restart', risk: 'change', requester: 'U1',
  origin: { channel: 'C1' }, status: (['succeeded', 'failed', 'waiting', 'awaiting-approval'] as const)[i % 4] ?? 'succeeded', steps: [],
  createdAt: now.toISOString(), updatedAt: now.toISOString(),
  ...(i % 4 === 1 ? { error: { code: 'InternalError', message: 'x'.repeat(500) } } : {}),
}));

describe('digest size: within Block Kit limits on any subscription', () => {
  it('500 cloud services (1,000 deployments, 1,000 VMs, 200 storage accounts), 400 jobs, every change: summarized with counts', () => {
    const snapshot = syntheticSnapshot(500, { staging: true, storage: 200 });
    const previous = { ...syntheticSnapshot(500, { storage: 300, takenAt: '2025-03-03T08:00:00.000Z' }), vms: snapshot.vms.map((v) => ({ ...v, powerState: 'Starting' })) };
    const message = buildDigest({
      channel: 'C1', period, snapshot, changes: diffSnapshots(previous, snapshot), jobs: manyJobs(400), now,
      certificateExpiresAt: new Date('2025-03-20T00:00:00Z'), timeZone: 'Europe/Berlin', footer: Array.from({ length: 14 }, (_, i) => `note ${i}`),
    });
    assertWithinBlockKitLimits(message.blocks);
    const text = blockText(message.blocks);
    assert.match(text, /\*Cloud services \(500\)\*/);
    assert.match(text, /… and \d+ more cloud services \(deployments in all: 900 Running, 100 Suspended\)/);
    assert.match(text, /… and \d+ more VMs \(in all: 857 Started, 143 Stopped\)/);
    assert.match(text, /… and \d+ more storage accounts/);
    assert.match(text, /100 failed · 100 awaiting approval · 100 waiting · 100 succeeded/);
    assert.match(text, /… and \d+ more jobs/);
    assert.match(text, /500 appeared, 100 disappeared, 1000 changed state/);
    assert.match(text, /… and \d+ more changes/);
    assert.match(text, /expires on 20 Mar 2025/);
    assert.ok(message.text.length <= 3000);
    assert.ok(encodeSnapshot(snapshot).length <= MAX_SNAPSHOT_CHARS);
  });

  describe('a real subscription of 40 cloud services on the emulator', () => {
    let f: ContractFixture;
    before(async () => {
      f = await startContract();
      await mapLimit(Array.from({ length: 40 }, (_, i) => i), 8, (i) =>
        f.client.hostedServices.create({ serviceName: `bulk-service-with-a-long-name-${String(i).padStart(3, '0')}`, label: 'bulk', location: 'East US' }));
    });
    after(() => f.close());

    it('reads them all with bounded concurrency and stays within the limits', async () => {
      const snapshot = await takeSnapshot(f.client, { concurrency: 4 });
      assert.equal(snapshot.services.length, 40);
      const message = buildDigest({ channel: 'C1', period, snapshot, jobs: [], now });
      assertWithinBlockKitLimits(message.blocks);
      assert.match(blockText(message.blocks), /\*Cloud services \(40\)\*\n`bulk-service-with-a-long-name-000` \(East US\): no deployments/);
      assert.match(blockText(message.blocks), /… and \d+ more cloud services \(deployments in all: none\)/);
    });
  });
});
