import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';
const role = (roleName: string, subnetNames?: string[]): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }], ...(subnetNames ? { subnetNames } : {}) },
  ],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://netstore.blob.core.windows.net/vhds/${roleName}.vhd` },
});

describe('contract: reserved IPs, DNS servers, virtual networks', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
    await f.wait(await f.client.hostedServices.create({ serviceName: 'netsvc', label: 'net', location: 'West US' }));
    await f.wait(await f.client.virtualMachines.createDeployment('netsvc', { deploymentName: 'netdep', role: role('vm1') }));
  });
  after(() => f.close());

  it('creates a reserved IP (Created once its operation succeeds), lists, gets and deletes it', async () => {
    const created = await f.client.reservedIPs.create({ name: 'ip1', label: 'mylabel', location: 'West US' });
    await f.wait(created);
    const ip = await f.client.reservedIPs.get('ip1');
    assert.deepEqual([ip.name, ip.label, ip.location, ip.state, ip.inUse, ip.serviceName], ['ip1', 'mylabel', 'West US', 'Created', undefined, undefined]);
    assert.match(ip.address ?? '', /^\d+\.\d+\.\d+\.\d+$/);
    assert.deepEqual((await f.client.reservedIPs.list()).map((r) => r.name), ['ip1']);
    await assert.rejects(f.client.reservedIPs.create({ name: 'ip1', location: 'West US' }), { statusCode: 409, code: 'ConflictError' });
    await assert.rejects(f.client.reservedIPs.create({ name: 'ip2', location: 'Atlantis' }), { statusCode: 400 });
    await assert.rejects(f.client.reservedIPs.get('no such!'), { statusCode: 400, code: 'BadRequest' });
    await assert.rejects(f.client.reservedIPs.delete('no such!'), { statusCode: 400, code: 'BadRequest' });
    await f.wait(await f.client.reservedIPs.delete('ip1'));
    await assert.rejects(f.client.reservedIPs.get('ip1'), { statusCode: 404, code: 'ResourceNotFound' });
  });

  it('associates a reserved IP with a deployment (x-ms-version 2015-02-01): the VIP becomes reserved; in use, it cannot be deleted', async () => {
    await f.wait(await f.client.reservedIPs.create({ name: 'ip3', location: 'West US' }));
    const { address } = await f.client.reservedIPs.get('ip3');
    await f.wait(await f.client.reservedIPs.associate('ip3', { serviceName: 'netsvc', deploymentName: 'netdep' }));
    const ip = await f.client.reservedIPs.get('ip3');
    assert.deepEqual([ip.inUse, ip.serviceName, ip.deploymentName], [true, 'netsvc', 'netdep']);
    const vip = (await f.client.deployments.getByName('netsvc', 'netdep')).virtualIPs?.[0];
    assert.deepEqual([vip?.address, vip?.isReserved, vip?.reservedIPName], [address, true, 'ip3']);
    await assert.rejects(f.client.reservedIPs.delete('ip3'), { statusCode: 400 });
    const old = await f.t.send('POST', '/services/networking/reservedips/ip3/operations/disassociate', {
      body: '<ReservedIPAssociation xmlns="http://schemas.microsoft.com/windowsazure"><ServiceName>netsvc</ServiceName><DeploymentName>netdep</DeploymentName></ReservedIPAssociation>',
    });
    assert.equal(old.status, 400, 'the 2014-10-01 version is refused');
    await f.wait(await f.client.reservedIPs.disassociate('ip3', { serviceName: 'netsvc', deploymentName: 'netdep' }));
    assert.equal((await f.client.reservedIPs.get('ip3')).inUse, undefined);
    assert.equal((await f.client.deployments.getByName('netsvc', 'netdep')).virtualIPs?.[0]?.isReserved, undefined);
  });

  it('adds, updates and deletes DNS servers of a deployment; the deployment reports them', async () => {
    await f.wait(await f.client.dnsServers.add('netsvc', 'netdep', 'dns1', '10.0.0.4'));
    await assert.rejects(f.client.dnsServers.add('netsvc', 'netdep', 'dns1', '10.0.0.5'), { statusCode: 409 });
    await assert.rejects(f.client.dnsServers.add('netsvc', 'netdep', 'dns2', 'not-an-ip'), { statusCode: 400 });
    await f.wait(await f.client.dnsServers.update('netsvc', 'netdep', 'dns1', '10.0.0.6'));
    assert.deepEqual((await f.client.deployments.getByName('netsvc', 'netdep')).dns?.dnsServers, [{ name: 'dns1', address: '10.0.0.6' }]);
    await f.wait(await f.client.dnsServers.delete('netsvc', 'netdep', 'dns1'));
    assert.equal((await f.client.deployments.getByName('netsvc', 'netdep')).dns, undefined);
    await assert.rejects(f.client.dnsServers.delete('netsvc', 'netdep', 'dns1'), { statusCode: 404 });
  });

  it('lists virtual network sites; a VM deployment keeps the VirtualNetworkName of a network that exists', async () => {
    assert.deepEqual(await f.client.virtualNetworks.listSites(), []);
    f.t.emulator.admin.addVirtualNetworkSite(f.t.emulator.subscriptionId, { name: 'corpnet', location: 'West US', subnets: [{ name: 'front', addressPrefix: '10.1.0.0/24' }] });
    const [site] = await f.client.virtualNetworks.listSites();
    assert.deepEqual([site?.name, site?.location, site?.subnets?.[0]?.name], ['corpnet', 'West US', 'front']);
    await f.wait(await f.client.hostedServices.create({ serviceName: 'vnetsvc', label: 'vnet', location: 'West US' }));
    await assert.rejects(
      f.client.virtualMachines.createDeployment('vnetsvc', { deploymentName: 'd', role: role('vm2'), virtualNetworkName: 'nonet' }),
      { statusCode: 400 },
    );
    await f.wait(await f.client.virtualMachines.createDeployment('vnetsvc', { deploymentName: 'vnetdep', role: role('vm2', ['front']), virtualNetworkName: 'corpnet' }));
    const deployment = await f.client.deployments.getByName('vnetsvc', 'vnetdep');
    assert.equal(deployment.virtualNetworkName, 'corpnet');
  });
});
