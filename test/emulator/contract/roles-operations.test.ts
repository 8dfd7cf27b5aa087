import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

const role = (roleName: string): Role => ({
  roleName,
  configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' }],
  osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: `https://rolestore.blob.core.windows.net/vhds/${roleName}.vhd` },
});

describe('contract: several roles at once (StartRolesOperation, ShutdownRolesOperation)', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
    await f.wait(await f.client.hostedServices.create({ serviceName: 'rolesvc', label: 'roles', location: 'West US' }));
    await f.wait(await f.client.virtualMachines.createDeployment('rolesvc', { deploymentName: 'roledep', role: role('a') }));
    await f.wait(await f.client.virtualMachines.addRole('rolesvc', 'roledep', role('b')));
  });
  after(() => f.close());

  it('shuts both down deallocated, then starts both', async () => {
    await f.wait(await f.client.virtualMachines.shutdownRoles('rolesvc', 'roledep', ['a', 'b'], { postShutdownAction: 'StoppedDeallocated' }));
    let instances = (await f.client.deployments.getByName('rolesvc', 'roledep')).roleInstanceList ?? [];
    assert.deepEqual(instances.map((i) => i.instanceStatus), ['StoppedDeallocated', 'StoppedDeallocated']);
    await f.wait(await f.client.virtualMachines.startRoles('rolesvc', 'roledep', ['a', 'b']));
    instances = (await f.client.deployments.getByName('rolesvc', 'roledep')).roleInstanceList ?? [];
    assert.deepEqual(instances.map((i) => i.instanceStatus), ['ReadyRole', 'ReadyRole']);
    await assert.rejects(f.client.virtualMachines.startRoles('rolesvc', 'roledep', []), { code: 'InvalidArgument' });
  });
});
