import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from './support/contract-fixture.ts';

describe('emulator role sizes: the real catalog', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('lists A0–A11, Basic, A v2, D, D v2, DS, G and GS, sorted by name as the service lists them', async () => {
    const names = (await f.client.subscription.listRoleSizes()).map((s) => s.name);
    for (const name of [
      'ExtraSmall', 'Small', 'Medium', 'Large', 'ExtraLarge', 'A5', 'A11', 'Basic_A0', 'Basic_D5', 'Standard_A1_v2', 'Standard_A8m_v2',
      'Standard_D1', 'Standard_D14', 'Standard_D1_v2', 'Standard_D15_v2', 'Standard_DS1', 'Standard_DS14', 'Standard_G5', 'Standard_GS1', 'Standard_GS5',
    ]) assert.ok(names.includes(name), name);
    assert.deepEqual(names, [...names].sort());
    assert.equal(new Set(names).size, names.length);
  });

  it('keeps the recorded numbers, and marks premium and G sizes as VM-only', async () => {
    const sizes = await f.client.subscription.listRoleSizes();
    const g5 = sizes.find((s) => s.name === 'Standard_G5');
    assert.deepEqual([g5?.cores, g5?.memoryInMb, g5?.maxDataDiskCount, g5?.supportedByWebWorkerRoles], [32, 458752, 64, false]);
    assert.equal(sizes.find((s) => s.name === 'Standard_GS3')?.supportedByWebWorkerRoles, false);
    assert.equal(sizes.find((s) => s.name === 'Standard_D2_v2')?.supportedByWebWorkerRoles, true);
  });

  it('a location offers them to VMs, and a VM deployment accepts one of the newer sizes', async () => {
    const westUs = (await f.client.locations.list()).find((l) => l.name === 'West US');
    assert.ok(westUs?.computeCapabilities?.virtualMachinesRoleSizes?.includes('Standard_GS2'));
    assert.ok(!westUs?.computeCapabilities?.webWorkerRoleSizes?.includes('Standard_GS2'));
    await f.wait(await f.client.hostedServices.create({ serviceName: 'sizes', label: 'sizes', location: 'West US' }));
    await f.wait(await f.client.virtualMachines.createDeployment('sizes', {
      deploymentName: 'sizes',
      role: {
        roleName: 'big',
        configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'big', userName: 'azureuser', userPassword: 'Pa55w.rd-1234' }],
        osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: 'https://vmstore.blob.core.windows.net/vhds/big.vhd' },
        roleSize: 'Standard_GS2',
      },
    }));
    assert.equal((await f.client.virtualMachines.getRole('sizes', 'sizes', 'big')).roleSize, 'Standard_GS2');
  });
});
