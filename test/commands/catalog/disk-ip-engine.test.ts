// The new commands run through the job engine against the emulator: plan, approval, steps, polls,
// results; and the "did it already happen" checks that keep a crashed step from being sent twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { happenedCheck, isReadCall } from '../../../src/commands/index.ts';
import { jobReport, type Job } from '../../../src/jobs/index.ts';
import type { Role } from '../../../src/management/index.ts';
import { crashingClient, crashingStore, crashPoint } from '../../jobs/engine/crash.ts';
import { countRequests, createJob, drive, engineFor, MemoryJobStore, settings, startBench, type Bench } from '../../jobs/engine/support.ts';

const vmRole = (roleName: string): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
  ],
  osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: `https://vmstore.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize: 'Medium',
});

describe('disk, data disk, reserved IP, size and operation log commands through the job engine', () => {
  let bench: Bench;
  const store = new MemoryJobStore();
  let engine: ReturnType<typeof engineFor>;
  const run = async (text: string): Promise<Job> => {
    const job = await createJob(store, text);
    const done = await drive(engine, store, job.id, bench);
    assert.equal(done.status, 'succeeded', `${text}: ${JSON.stringify(done.error)}`);
    return done;
  };

  before(async () => {
    bench = await startBench();
    engine = engineFor(bench.client, store);
    await bench.client.hostedServices.create({ serviceName: 'eng1', label: 'eng1', location: 'West US' });
    bench.emulator.admin.completePendingOperations();
    await bench.client.virtualMachines.createDeployment('eng1', { deploymentName: 'eng1', role: vmRole('eng1') });
    bench.emulator.admin.completePendingOperations();
  });
  after(() => bench.close());

  it('vm disk attach, vm disk list, vm disk detach --keep-vhd, disk list, disk delete', async () => {
    const attached = await run('vm disk attach eng1 10');
    assert.deepEqual(attached.steps.map((s) => s.status), ['succeeded']);
    const disk = await bench.client.dataDisks.get('eng1', 'eng1', 'eng1', 0);
    assert.equal(disk.logicalDiskSizeInGB, 10);
    assert.match(disk.mediaLink ?? '', /^https:\/\/vmstore\.blob\.core\.windows\.net\/vhds\/eng1-data-0-\d{14}\.vhd$/);
    const listed = jobReport(await run('vm disk list eng1')).result as { lun: number; diskName: string }[];
    assert.deepEqual(listed.map((d) => [d.lun, d.diskName]), [[0, disk.diskName]]);
    await run('vm disk detach eng1 --lun 0 --keep-vhd');
    assert.equal((await bench.client.deployments.getByName('eng1', 'eng1')).roleList?.[0]?.dataVirtualHardDisks?.length ?? 0, 0);
    const disks = jobReport(await run('disk list')).result as { name: string; attachedTo?: unknown }[];
    assert.ok(disks.some((d) => d.name === disk.diskName && d.attachedTo === undefined), 'the detached disk is free in the repository');
    await run(`disk delete ${disk.diskName ?? ''}`);
    await assert.rejects(bench.client.disks.get(disk.diskName ?? ''), { statusCode: 404 });
  });

  it('reserved-ip create, assign, unassign, delete; reserved-ip list shows who uses it', async () => {
    await run('reserved-ip create eng-ip West US');
    await run('reserved-ip assign eng-ip eng1');
    const ips = jobReport(await run('reserved-ip list')).result as { name: string; serviceName?: string; address?: string }[];
    assert.deepEqual(ips.map((ip) => [ip.name, ip.serviceName]), [['eng-ip', 'eng1']]);
    await run('reserved-ip unassign eng-ip eng1');
    await run('reserved-ip delete eng-ip');
    assert.deepEqual(await bench.client.reservedIPs.list(), []);
  });

  it('vm size list and op list read at once, without approval', async () => {
    const sizes = jobReport(await run('vm size list West US')).result as { name: string; supportedByVirtualMachines?: boolean }[];
    assert.ok(sizes.some((s) => s.name === 'Standard_D1'));
    assert.ok(sizes.every((s) => s.supportedByVirtualMachines !== false));
    const job = await createJob(store, 'op list --since 1d');
    const planned = await engine.plan(job, { settings });
    assert.equal(planned.status, 'approved', 'a read needs no approval');
    const page = jobReport(await engine.advance(planned)).result as { subscriptionOperations: { operationName?: string }[] };
    assert.ok(page.subscriptionOperations.length > 0);
    assert.ok(isReadCall('subscription.listOperations') && isReadCall('subscription.listRoleSizes'), 'resumed reads are sent again safely');
  });

  it('a worker that stops right after sending an attach does not send it again: the disk at the LUN is found', async () => {
    const job = await createJob(store, 'vm disk attach eng1 20 --lun 3');
    await engine.approve(await engine.plan(job, { settings }), 'U2');
    const point = crashPoint();
    const dying = engineFor(crashingClient(bench.client, point, 1), crashingStore(store, point, 0));
    await assert.rejects(dying.advance((await store.get(job.id)) as Job), { name: 'Crash' });
    assert.equal((await store.get(job.id))?.steps[0]?.status, 'calling');
    const before = countRequests(bench.requests, 'POST', /\/DataDisks$/);
    const done = await drive(engine, store, job.id, bench);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.error));
    assert.equal(countRequests(bench.requests, 'POST', /\/DataDisks$/), before, 'not sent a second time');
    assert.equal((await bench.client.dataDisks.get('eng1', 'eng1', 'eng1', 3)).logicalDiskSizeInGB, 20);
  });

  it('the checks: a data disk present, absent or under way; a reserved IP created, gone, (un)assigned', async () => {
    const add = happenedCheck('dataDisks.add');
    const remove = happenedCheck('dataDisks.delete');
    assert.ok(add && remove);
    const at = (lun: number) => ['eng1', 'eng1', 'eng1', { lun, logicalDiskSizeInGB: 5, mediaLink: `https://vmstore.blob.core.windows.net/vhds/c${lun}.vhd` }];
    assert.equal(await add(at(1), bench.client, {}), 'no');
    assert.equal(await remove(['eng1', 'eng1', 'eng1', 1], bench.client, {}), 'yes');
    await bench.client.dataDisks.add('eng1', 'eng1', 'eng1', at(1)[3] as { lun: number });
    assert.equal(await add(at(1), bench.client, {}), 'under-way', 'the deployment is locked while the disk is added');
    bench.emulator.admin.completePendingOperations();
    assert.equal(await add(at(1), bench.client, {}), 'yes');
    assert.equal(await remove(['eng1', 'eng1', 'eng1', 1], bench.client, {}), 'no');
    assert.equal(await happenedCheck('disks.delete')?.(['nosuch'], bench.client, {}), 'yes');
    const created = happenedCheck('reservedIPs.create');
    assert.equal(await created?.([{ name: 'chk-ip', location: 'West US' }], bench.client, {}), 'no');
    await bench.client.reservedIPs.create({ name: 'chk-ip', location: 'West US' });
    assert.equal(await created?.([{ name: 'chk-ip', location: 'West US' }], bench.client, {}), 'under-way');
    bench.emulator.admin.completePendingOperations();
    assert.equal(await created?.([{ name: 'chk-ip', location: 'West US' }], bench.client, {}), 'yes');
    const body = { serviceName: 'eng1', deploymentName: 'eng1' };
    assert.equal(await happenedCheck('reservedIPs.associate')?.(['chk-ip', body], bench.client, {}), 'no');
    assert.equal(await happenedCheck('reservedIPs.disassociate')?.(['chk-ip', body], bench.client, {}), 'yes');
    await bench.client.reservedIPs.associate('chk-ip', body);
    bench.emulator.admin.completePendingOperations();
    assert.equal(await happenedCheck('reservedIPs.associate')?.(['chk-ip', body], bench.client, {}), 'yes');
    assert.equal(await happenedCheck('reservedIPs.delete')?.(['chk-ip'], bench.client, {}), 'no');
    assert.equal(await happenedCheck('reservedIPs.delete')?.(['gone-ip'], bench.client, {}), 'yes');
  });
});
