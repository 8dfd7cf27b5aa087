import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';
const role = (roleName: string, roleSize = 'Small'): Role => ({
  roleName,
  configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' }],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://diskstore.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize,
});
const blob = (name: string) => `https://diskstore.blob.core.windows.net/vhds/${name}.vhd`;

describe('contract: disks of the repository and data disks of a VM', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
    await f.wait(await f.client.hostedServices.create({ serviceName: 'disksvc', label: 'disks', location: 'West US' }));
    await f.wait(await f.client.virtualMachines.createDeployment('disksvc', { deploymentName: 'diskdep', role: role('vm1') }));
  });
  after(() => f.close());

  it('adds, reads, relabels and deletes a free disk; names, duplicates and unknown disks get the service codes', async () => {
    await f.client.disks.add({ name: 'data-1', label: 'first', mediaLink: blob('data-1') });
    await f.client.disks.add({ name: 'os-1', label: 'an OS disk', mediaLink: blob('os-1'), os: 'Linux' });
    const disk = await f.client.disks.get('data-1');
    assert.deepEqual([disk.name, disk.label, disk.mediaLink, disk.os, disk.attachedTo], ['data-1', 'first', blob('data-1'), undefined, undefined]);
    assert.equal((await f.client.disks.get('os-1')).os, 'Linux');
    await f.client.disks.update('data-1', { label: 'renamed' });
    assert.equal((await f.client.disks.get('data-1')).label, 'renamed');
    await assert.rejects(f.client.disks.add({ name: 'data-1', label: 'x', mediaLink: blob('other') }), { statusCode: 409, code: 'ConflictError' });
    await assert.rejects(f.client.disks.add({ name: 'data-2', label: 'x', mediaLink: blob('data-1') }), { statusCode: 409 });
    await assert.rejects(f.client.disks.get('bad name!'), { statusCode: 400, code: 'BadRequest' });
    await assert.rejects(f.client.disks.delete('bad name!'), { statusCode: 400, code: 'BadRequest' });
    await f.client.disks.delete('os-1', { deleteVhd: true });
    await assert.rejects(f.client.disks.get('os-1'), { statusCode: 404, code: 'ResourceNotFound' });
  });

  it("lists a VM's OS disk as attached, and refuses to delete it", async () => {
    const disks = await f.client.disks.list();
    const osDisk = disks.find((d) => d.attachedTo?.roleName === 'vm1');
    assert.ok(osDisk, 'the OS disk of vm1 is listed');
    assert.deepEqual(osDisk.attachedTo, { hostedServiceName: 'disksvc', deploymentName: 'diskdep', roleName: 'vm1' });
    assert.equal(osDisk.os, 'Linux');
    assert.equal(osDisk.sourceImageName, CENTOS);
    const refused = await f.client.disks.delete(osDisk.name).catch((error: unknown) => error);
    assert.deepEqual([(refused as { statusCode: number }).statusCode, (refused as { code: string }).code], [400, 'BadRequest']);
    assert.match((refused as Error).message, /in use by virtual machine vm1/);
  });

  it('attaches data disks (new and existing), within the LUNs of the role size; LUN 0 is reported without <Lun>', async () => {
    await f.wait(await f.client.dataDisks.add('disksvc', 'diskdep', 'vm1', { lun: 0, mediaLink: blob('vm1-data0'), logicalDiskSizeInGB: 20, diskLabel: 'logs' }));
    const first = await f.client.dataDisks.get('disksvc', 'diskdep', 'vm1', 0);
    assert.deepEqual([first.lun, first.logicalDiskSizeInGB, first.diskLabel, first.mediaLink], [0, 20, 'logs', blob('vm1-data0')]);
    const raw = await f.t.send('GET', '/services/hostedservices/disksvc/deployments/diskdep/roles/vm1/DataDisks/0');
    assert.doesNotMatch(raw.text, /<Lun>/);
    const roleXml = await f.t.send('GET', '/services/hostedservices/disksvc/deployments/diskdep/roles/vm1');
    assert.match(roleXml.text, /<DataVirtualHardDisk><HostCaching>None<\/HostCaching><DiskLabel>logs<\/DiskLabel><DiskName>[^<]+<\/DiskName><LogicalDiskSizeInGB>20</);

    await f.wait(await f.client.dataDisks.add('disksvc', 'diskdep', 'vm1', { lun: 1, diskName: 'data-1' }));
    assert.equal((await f.client.disks.get('data-1')).attachedTo?.roleName, 'vm1');
    await assert.rejects(f.client.disks.delete('data-1'), { statusCode: 400 });
    // Small takes 2 data disks: LUNs 0 and 1.
    await assert.rejects(f.client.dataDisks.add('disksvc', 'diskdep', 'vm1', { lun: 2, mediaLink: blob('x'), logicalDiskSizeInGB: 1 }), (error: Error & { statusCode: number }) =>
      error.statusCode === 400 && /LUNs 0 to 1/.test(error.message),
    );
    await assert.rejects(f.client.dataDisks.get('disksvc', 'diskdep', 'vm1', 5), { statusCode: 404 });
  });

  it('updates a data disk (caching, label) and detaches it: without deleteVhd it is free in the repository again', async () => {
    await f.wait(await f.client.dataDisks.update('disksvc', 'diskdep', 'vm1', 1, { hostCaching: 'ReadOnly', diskLabel: 'cache' }));
    const updated = await f.client.dataDisks.get('disksvc', 'diskdep', 'vm1', 1);
    assert.deepEqual([updated.hostCaching, updated.diskLabel, updated.diskName], ['ReadOnly', 'cache', 'data-1']);
    await f.wait(await f.client.dataDisks.delete('disksvc', 'diskdep', 'vm1', 1));
    await assert.rejects(f.client.dataDisks.get('disksvc', 'diskdep', 'vm1', 1), { statusCode: 404 });
    const free = await f.client.disks.get('data-1');
    assert.equal(free.attachedTo, undefined);
    await f.client.disks.delete('data-1');
    await f.wait(await f.client.dataDisks.delete('disksvc', 'diskdep', 'vm1', 0, { deleteVhd: true }));
    assert.equal((await f.client.disks.list()).some((d) => d.mediaLink === blob('vm1-data0')), false);
  });
});
