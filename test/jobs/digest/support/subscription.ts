import type { Role } from '../../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../../../emulator/support/contract-fixture.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';

export const linuxRole = (roleName: string): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: `${roleName}-host`, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
  ],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://vmstore.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize: 'Small',
});

const cscfg = (instances: number) =>
  '<?xml version="1.0" encoding="utf-8"?><ServiceConfiguration serviceName="web" osFamily="4" osVersion="*" ' +
  'xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">' +
  `<Role name="WebRole1"><Instances count="${instances}" /></Role></ServiceConfiguration>`;

/**
 * An emulator subscription built through the real management core: cloud service `vmsvc` with a VM
 * deployment (`web1`), cloud service `websvc` with a two-instance package deployment in production,
 * and storage account `digeststore`.
 */
export async function startSubscription(): Promise<ContractFixture> {
  const f = await startContract();
  await f.wait(await f.client.hostedServices.create({ serviceName: 'vmsvc', label: 'vms', location: 'West US' }));
  await f.wait(await f.client.virtualMachines.createDeployment('vmsvc', { deploymentName: 'vmdep', label: 'vms', role: linuxRole('web1') }));
  await f.wait(await f.client.hostedServices.create({ serviceName: 'websvc', label: 'web', location: 'North Europe' }));
  await f.wait(await f.client.deployments.create('websvc', 'production', {
    name: 'webprod', packageUrl: 'https://store.blob.core.windows.net/packages/web.cspkg', label: 'web', configuration: cscfg(2), startDeployment: true,
  }));
  await f.wait(await f.client.storageAccounts.create({ serviceName: 'digeststore', label: 'digests', location: 'West Europe' }));
  return f;
}
