import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewJob } from '../../../src/jobs/index.ts';
import { MemoryJobStore } from '../../../src/jobs/memory-store.ts';
import { buildDigest, currentPeriod, diffSnapshots, takeSnapshot, type Snapshot } from '../../../src/jobs/digest/index.ts';
import type { ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { assertWithinBlockKitLimits, blockText } from './support/block-kit-limits.ts';
import { startSubscription } from './support/subscription.ts';

const now = new Date('2025-03-10T08:00:00Z');
const period = currentPeriod({ kind: 'daily', time: '09:00', timeZone: 'Europe/Berlin' }, now);
const sectionText = (blocks: ReturnType<typeof buildDigest>['blocks'], title: string): string => {
  const block = blocks.find((b) => b.type === 'section' && b.text?.text.startsWith(`*${title}`));
  assert.ok(block && block.type === 'section', `no section ${title} in ${blockText(blocks)}`);
  return block.text?.text ?? '';
};

describe('buildDigest: one section each, from a subscription built through the real client on the emulator', () => {
  let f: ContractFixture;
  let snapshot: Snapshot;
  const build = (extra: Partial<Parameters<typeof buildDigest>[0]> = {}) =>
    buildDigest({ channel: 'C1', period, snapshot, jobs: [], now, timeZone: 'Europe/Berlin', ...extra });
  before(async () => {
    f = await startSubscription();
    snapshot = await takeSnapshot(f.client, { now });
  });
  after(() => f.close());

  it('cloud services with their deployments: slot, status, instances by state', () => {
    const message = build();
    assertWithinBlockKitLimits(message.blocks);
    const text = sectionText(message.blocks, 'Cloud services (2)');
    assert.match(text, /`vmsvc` \(West US\): production `vmdep` Running · 1 ReadyRole/);
    assert.match(text, /`websvc` \(North Europe\): production `webprod` Running · 2 ReadyRole/);
    assert.equal(message.blocks[0]?.type, 'header');
    assert.match(message.text, /Status digest: From 9 Mar 2025, 09:00 CET to 10 Mar 2025, 09:00 CET/);
  });

  it('VMs and their power state, stopped ones first', async () => {
    await f.wait(await f.client.virtualMachines.addRole('vmsvc', 'vmdep', (await import('./support/subscription.ts')).linuxRole('web2')));
    await f.wait(await f.client.virtualMachines.shutdown('vmsvc', 'vmdep', 'web2', { postShutdownAction: 'StoppedDeallocated' }));
    const later = await takeSnapshot(f.client, { now });
    const text = sectionText(buildDigest({ channel: 'C1', period, snapshot: later, jobs: [], now }).blocks, 'Virtual machines (2)');
    assert.equal(text, '*Virtual machines (2)*\n`web2` (vmsvc): Stopped (deallocated)\n`web1` (vmsvc): Started');
    await f.wait(await f.client.virtualMachines.deleteRole('vmsvc', 'vmdep', 'web2', { deleteVhd: true }));
  });

  it('storage accounts', () => {
    assert.equal(sectionText(build().blocks, 'Storage accounts (1)'), '*Storage accounts (1)*\n`digeststore` (West Europe, Created)');
  });

  it('jobs of the period from JobStore.listRecent: succeeded, failed, waiting, awaiting approval', async () => {
    const jobs = new MemoryJobStore();
    const job = (id: string, status: NewJob['status'], createdAt: string, channel = 'C1'): NewJob => ({
      id, command: `vm restart ${id}`, commandId: 'vm.restart', risk: 'change', requester: 'U42', origin: { channel }, status, steps: [], createdAt, updatedAt: createdAt,
      ...(status === 'failed' ? { error: { code: 'ConflictError', message: 'The deployment is busy.' } } : {}),
    });
    await jobs.create(job('ok1', 'succeeded', '2025-03-09T10:00:00.000Z'));
    await jobs.create(job('ok2', 'succeeded', '2025-03-09T11:00:00.000Z'));
    await jobs.create(job('bad', 'failed', '2025-03-09T12:00:00.000Z'));
    await jobs.create(job('wait', 'waiting', '2025-03-09T13:00:00.000Z'));
    await jobs.create(job('ask', 'awaiting-approval', '2025-03-09T14:00:00.000Z'));
    await jobs.create(job('before', 'failed', '2025-03-09T07:00:00.000Z'));
    await jobs.create(job('elsewhere', 'failed', '2025-03-09T12:00:00.000Z', 'C2'));
    const recent = await jobs.listRecent({ origin: { channel: 'C1' }, since: period.start });
    const text = sectionText(build({ jobs: recent }).blocks, 'Jobs this period (5)');
    assert.match(text, /^\*Jobs this period \(5\)\*\n1 failed · 1 awaiting approval · 1 waiting · 2 succeeded\n/);
    assert.match(text, /failed: `vm restart bad` by U42 — ConflictError: The deployment is busy\./);
    assert.match(text, /awaiting approval: `vm restart ask`/);
    assert.match(text, /waiting: `vm restart wait`/);
    assert.match(text, /succeeded: `vm restart ok1`/);
    assert.doesNotMatch(text, /before|elsewhere/);
    assert.match(sectionText(build().blocks, 'Jobs this period'), /No jobs this period\./);
  });

  it('what changed since the last digest', async () => {
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'newstore', label: 'new', location: 'West Europe' }));
    await f.wait(await f.client.virtualMachines.shutdown('vmsvc', 'vmdep', 'web1'));
    await f.wait(await f.client.deployments.updateStatus('websvc', 'webprod', 'Suspended'));
    await f.wait(await f.client.deployments.delete('websvc', 'webprod'));
    const later = await takeSnapshot(f.client, { now });
    const text = sectionText(buildDigest({ channel: 'C1', period, snapshot: later, changes: diffSnapshots(snapshot, later), jobs: [], now, timeZone: 'Europe/Berlin' }).blocks, 'Changed since the last digest');
    assert.match(text, /Since 10 Mar 2025, 09:00 CET: 1 appeared, 1 disappeared, 1 changed state/);
    assert.match(text, /\+ storage account `newstore` appeared/);
    assert.match(text, /− deployment `websvc\/production \(webprod\)` disappeared/);
    assert.match(text, /VM `web1 \(vmsvc\)`: Started → Stopped/);
    assert.match(sectionText(build({ changes: diffSnapshots(snapshot, snapshot) }).blocks, 'Changed'), /No changes since/);
    assert.match(sectionText(build().blocks, 'Changed'), /Nothing to compare with yet/);
  });

  it('warns when the management certificate expires within 30 days, not before', () => {
    const within = build({ certificateExpiresAt: new Date('2025-04-01T00:00:00Z') });
    assert.match(sectionText(within.blocks, 'Management certificate'), /:warning: The management certificate expires on 1 Apr 2025, 02:00 CEST \(in 22 days\)\. Upload a new management certificate/);
    assert.match(blockText(within.blocks.slice(0, 1)), /:warning: Status digest/);
    const expired = build({ certificateExpiresAt: new Date('2025-03-01T00:00:00Z') });
    assert.match(sectionText(expired.blocks, 'Management certificate'), /expired on 1 Mar 2025/);
    const later = build({ certificateExpiresAt: new Date('2025-04-10T00:00:00Z') });
    assert.doesNotMatch(blockText(later.blocks), /certificate/);
  });

  it('says when the subscription could not be read, and still lists the jobs', () => {
    const message = buildDigest({ channel: 'C1', period, snapshotError: 'ForbiddenError: the certificate was rejected', jobs: [], now });
    assert.match(sectionText(message.blocks, 'Resources'), /could not be read: ForbiddenError/);
    assert.match(sectionText(message.blocks, 'Jobs this period'), /No jobs/);
  });
});
