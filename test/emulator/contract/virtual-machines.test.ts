import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';
const WINDOWS = 'a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-20150828-en.us-127GB.vhd';

const linuxRole = (roleName: string, port: number): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: `${roleName}-host`, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port, localPort: 22 }] },
  ],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://vmstore.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize: 'Small',
});

describe('contract: virtual machines', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
    await f.wait(await f.client.hostedServices.create({ serviceName: 'vmsvc', label: 'vms', location: 'West US' }));
  });
  after(() => f.close());

  it('creates a Linux VM deployment: Provisioning, then ReadyRole; the role is readable without its password', async () => {
    const operation = await f.client.virtualMachines.createDeployment('vmsvc', { deploymentName: 'vmdep', label: 'VM deployment', role: linuxRole('web1', 22) });
    const provisioning = await f.client.deployments.getByName('vmsvc', 'vmdep');
    assert.equal(provisioning.roleInstanceList?.[0]?.instanceStatus, 'Provisioning');
    await f.wait(operation);
    const deployment = await f.client.deployments.getByName('vmsvc', 'vmdep');
    assert.equal(deployment.status, 'Running');
    assert.equal(deployment.label, 'VM deployment');
    const instance = deployment.roleInstanceList?.[0];
    assert.equal(instance?.instanceStatus, 'ReadyRole');
    assert.equal(instance?.powerState, 'Started');
    assert.equal(instance?.hostName, 'web1-host');
    assert.deepEqual(instance?.instanceEndpoints?.map((e) => [e.name, e.publicPort, e.localPort]), [['SSH', 22, 22]]);
    const role = await f.client.virtualMachines.getRole('vmsvc', 'vmdep', 'web1');
    assert.equal(role.roleSize, 'Small');
    assert.equal(role.osVirtualHardDisk?.sourceImageName, CENTOS);
    assert.equal(role.osVirtualHardDisk?.os, 'Linux');
    assert.equal(role.osVirtualHardDisk?.mediaLink, 'https://vmstore.blob.core.windows.net/vhds/web1.vhd');
    assert.deepEqual(role.configurationSets?.map((set) => set.configurationSetType), ['NetworkConfiguration']);
    assert.doesNotMatch(JSON.stringify(role), /Pa55w\.rd/);
  });

  it('shuts a VM down (StoppedVM, then StoppedDeallocated), starts and restarts it', async () => {
    await f.wait(await f.client.virtualMachines.shutdown('vmsvc', 'vmdep', 'web1'));
    let instance = (await f.client.deployments.getByName('vmsvc', 'vmdep')).roleInstanceList?.[0];
    assert.deepEqual([instance?.instanceStatus, instance?.powerState], ['StoppedVM', 'Stopped']);
    await f.wait(await f.client.virtualMachines.shutdown('vmsvc', 'vmdep', 'web1', { postShutdownAction: 'StoppedDeallocated' }));
    instance = (await f.client.deployments.getByName('vmsvc', 'vmdep')).roleInstanceList?.[0];
    assert.equal(instance?.instanceStatus, 'StoppedDeallocated');
    await assert.rejects(f.client.virtualMachines.restart('vmsvc', 'vmdep', 'web1'), { statusCode: 409 });
    await f.wait(await f.client.virtualMachines.start('vmsvc', 'vmdep', 'web1'));
    await f.wait(await f.client.virtualMachines.restart('vmsvc', 'vmdep', 'web1'));
    instance = (await f.client.deployments.getByName('vmsvc', 'vmdep')).roleInstanceList?.[0];
    assert.deepEqual([instance?.instanceStatus, instance?.powerState], ['ReadyRole', 'Started']);
  });

  it('adds, updates and deletes roles', async () => {
    await f.wait(await f.client.virtualMachines.addRole('vmsvc', 'vmdep', linuxRole('web2', 2222)));
    const deployment = await f.client.deployments.getByName('vmsvc', 'vmdep');
    assert.deepEqual(deployment.roleList?.map((role) => role.roleName), ['web1', 'web2']);
    await assert.rejects(f.client.virtualMachines.addRole('vmsvc', 'vmdep', linuxRole('web2', 2223)), { statusCode: 409 });
    await f.wait(
      await f.client.virtualMachines.updateRole('vmsvc', 'vmdep', 'web2', {
        configurationSets: [{ configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'HTTP', protocol: 'tcp', port: 80, localPort: 8080 }] }],
        roleSize: 'Medium',
      }),
    );
    const updated = await f.client.virtualMachines.getRole('vmsvc', 'vmdep', 'web2');
    assert.equal(updated.roleSize, 'Medium');
    const network = updated.configurationSets?.[0];
    assert.equal(network?.configurationSetType === 'NetworkConfiguration' ? network.inputEndpoints?.[0]?.name : undefined, 'HTTP');
    await f.wait(await f.client.virtualMachines.deleteRole('vmsvc', 'vmdep', 'web2', { deleteVhd: true }));
    await assert.rejects(f.client.virtualMachines.getRole('vmsvc', 'vmdep', 'web2'), { statusCode: 404, code: 'ResourceNotFound' });
  });

  it('captures a VM as a VM image (listed as User), and deletes that image', async () => {
    await f.wait(
      await f.client.vmImages.capture('vmsvc', 'vmdep', 'web1', { osState: 'Specialized', vmImageName: 'capturedvm', vmImageLabel: 'Captured', imageFamily: 'mine' }),
    );
    const images = await f.client.vmImages.list({ category: 'User' });
    assert.deepEqual(images.map((image) => [image.name, image.category, image.osDiskConfiguration?.osState]), [['capturedvm', 'User', 'Specialized']]);
    await f.wait(await f.client.vmImages.delete('capturedvm', { deleteVhd: true }));
    assert.deepEqual(await f.client.vmImages.list({ category: 'User' }), []);
  });

  it('refuses to capture a running VM, then captures a stopped one as an OS image and deletes the VM', async () => {
    await assert.rejects(
      f.client.virtualMachines.captureRole('vmsvc', 'vmdep', 'web1', { postCaptureAction: 'Delete', targetImageName: 'capturedos', targetImageLabel: 'os' }),
      { statusCode: 409 },
    );
    await f.wait(await f.client.virtualMachines.shutdown('vmsvc', 'vmdep', 'web1'));
    await f.wait(await f.client.virtualMachines.captureRole('vmsvc', 'vmdep', 'web1', { postCaptureAction: 'Delete', targetImageName: 'capturedos', targetImageLabel: 'os' }));
    const image = await f.client.osImages.get('capturedos');
    assert.equal(image.category, 'User');
    assert.equal(image.os, 'Linux');
    await assert.rejects(f.client.deployments.getByName('vmsvc', 'vmdep'), { statusCode: 404 });
  });

  it('creates a Windows VM from a platform image and a Linux VM from a VM image', async () => {
    await f.wait(await f.client.hostedServices.create({ serviceName: 'winsvc', label: 'win', location: 'West US' }));
    await f.wait(
      await f.client.virtualMachines.createDeployment('winsvc', {
        deploymentName: 'windep',
        role: {
          roleName: 'win1',
          configurationSets: [
            { configurationSetType: 'WindowsProvisioningConfiguration', computerName: 'win1', adminPassword: 'Pa55w.rd-1234', adminUsername: 'ops' },
          ],
          osVirtualHardDisk: { sourceImageName: WINDOWS, mediaLink: 'https://vmstore.blob.core.windows.net/vhds/win1.vhd' },
          roleSize: 'Medium',
        },
      }),
    );
    const win = await f.client.virtualMachines.getRole('winsvc', 'windep', 'win1');
    assert.equal(win.osVirtualHardDisk?.os, 'Windows');
    assert.match(win.defaultWinRmCertificateThumbprint ?? '', /^[0-9A-F]{40}$/);
    await f.wait(
      await f.client.virtualMachines.createDeployment('winsvc', {
        deploymentName: 'imagedep',
        slot: 'Staging',
        role: { roleName: 'fromimage', vmImageName: '1acf693f34c74e86a50be61cb631ddfe__ClouderaGolden-202406-699696', roleSize: 'Standard_D14' },
      }),
    );
    const fromImage = await f.client.deployments.getBySlot('winsvc', 'Staging');
    assert.equal(fromImage.roleInstanceList?.[0]?.instanceStatus, 'ReadyRole');
  });

  it('validates roles as the service does', async () => {
    await f.wait(await f.client.hostedServices.create({ serviceName: 'badsvc', label: 'bad', location: 'West US' }));
    const bad = (role: Role) => f.client.virtualMachines.createDeployment('badsvc', { deploymentName: 'bad', role });
    await assert.rejects(bad({ ...linuxRole('x1', 22), osVirtualHardDisk: { sourceImageName: 'no-such-image', mediaLink: 'https://a.blob.core.windows.net/v/x.vhd' } }), {
      statusCode: 400,
      message: /no-such-image/,
    });
    await assert.rejects(bad({ ...linuxRole('x2', 22), roleSize: 'Gigantic' }), { statusCode: 400, message: /Gigantic/ });
    await assert.rejects(bad({ ...linuxRole('x3', 22), osVirtualHardDisk: { sourceImageName: WINDOWS, mediaLink: 'https://a.blob.core.windows.net/v/x.vhd' } }), {
      statusCode: 400,
      message: /does not match/,
    });
  });

  it('deletes a cloud service with its deployments when asked for a complete delete', async () => {
    await assert.rejects(f.client.hostedServices.delete('winsvc'), { statusCode: 409, code: 'ConflictError' });
    await f.wait(await f.client.hostedServices.delete('winsvc', { complete: true }));
    await assert.rejects(f.client.hostedServices.get('winsvc'), { statusCode: 404, code: 'ResourceNotFound' });
  });
});
