import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commandSettings, isCommandError, planCommand, presentPlan, type PlanContext, type RunCommand } from '../../../src/commands/index.ts';
import type { Role } from '../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { parsedRun } from '../../helpers/commands.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';
const CSCFG = '<?xml version="1.0" encoding="utf-8"?><ServiceConfiguration serviceName="web" osFamily="4" osVersion="*" '
  + 'xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"><Role name="WebRole1"><Instances count="1" /></Role></ServiceConfiguration>';

const vmRole = (roleName: string, port: number): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port, localPort: 22 }] },
  ],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://vmstore.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize: 'Small',
});

const parsed = (text: string): RunCommand => parsedRun(text);

describe('vm delete plan, read from the emulator', () => {
  let f: ContractFixture;
  let context: PlanContext;
  const service = async (serviceName: string, description?: string) =>
    f.wait(await f.client.hostedServices.create({ serviceName, label: serviceName, location: 'West US', ...(description ? { description } : {}) }));
  const vm = async (svc: string, deploymentName: string, role: string) =>
    f.wait(await f.client.virtualMachines.createDeployment(svc, { deploymentName, role: vmRole(role, 22) }));

  before(async () => {
    f = await startContract();
    context = { settings: commandSettings(), dryRun: true, client: f.client };
    await service('pvm3');
    await vm('pvm3', 'pvm3', 'pvm3');
    await service('pair');
    await vm('pair', 'pairdep', 'pvm1');
    await f.wait(await f.client.virtualMachines.addRole('pair', 'pairdep', vmRole('pvm2', 2222)));
    await service('paas2');
    await f.wait(await f.client.deployments.create('paas2', 'production', {
      name: 'paasdep', packageUrl: 'https://store.blob.core.windows.net/p/web.cspkg', label: 'web', configuration: CSCFG, startDeployment: true,
    }));
    await service('shop', 'Created for VM web1');
    await vm('shop', 'shopdep', 'web1');
    await service('keep');
    await vm('keep', 'keep', 'solo');
  });
  after(() => f.close());

  it('a VM alone in a service made for it: its deployment with its disks, then the service; the plan names them', async () => {
    const plan = await planCommand(parsed('vm delete pvm3'), context);
    assert.deepEqual(plan.steps.map((s) => [s.call, s.args, s.options]), [
      ['deployments.delete', ['pvm3', 'pvm3'], { deleteVhd: true }],
      ['hostedServices.delete', ['pvm3'], undefined],
    ]);
    const shown = JSON.stringify(presentPlan(plan));
    assert.match(shown, /VM deleted: pvm3/);
    assert.match(shown, /Disks deleted with their VHD blobs: pvm3-pvm3-0-\d+ \(https:\/\/vmstore\.blob\.core\.windows\.net\/vhds\/pvm3\.vhd\)/);
    assert.match(shown, /Cloud service deleted: pvm3/);
  });

  it('a role that does not exist is a usage error naming the VMs that do; nothing is planned', async () => {
    await assert.rejects(planCommand(parsed('vm delete ghost --service pvm3'), context), (error) => isCommandError(error)
      && error.code === 'VM_NOT_FOUND' && error.kind === 'usage' && /no VM named ghost/.test(error.message) && /pvm3/.test(error.hint));
    await assert.rejects(planCommand(parsed('vm delete ghost'), context), (error) => isCommandError(error)
      && error.code === 'VM_NOT_FOUND' && /no cloud service named ghost/.test(error.message));
    await assert.rejects(planCommand(parsed('vm delete pvm3 --deployment other'), context), (error) => isCommandError(error)
      && error.code === 'VM_NOT_FOUND' && /no deployment named other/.test(error.message));
  });

  it('one of two VMs in a deployment: only that role goes (deleteRole); the other VM, the deployment and the service stay', async () => {
    const plan = await planCommand(parsed('vm delete pvm2 --service pair'), context);
    assert.deepEqual(plan.steps.map((s) => [s.call, s.args, s.options]), [
      ['virtualMachines.deleteRole', ['pair', 'pairdep', 'pvm2'], { deleteVhd: true }],
    ]);
    assert.ok(plan.notes.some((n) => /Kept: the other roles of deployment pairdep \(pvm1\)/.test(n)), plan.notes.join('\n'));
    const keeping = await planCommand(parsed('vm delete pvm2 --service pair --keep-vhd'), context);
    assert.deepEqual(keeping.steps[0]?.options, { deleteVhd: false });
    assert.ok(keeping.notes.some((n) => n.startsWith('Disks kept')));
  });

  it('a web role is not a VM: a usage error, nothing planned', async () => {
    await assert.rejects(planCommand(parsed('vm delete paas2'), context), (error) => isCommandError(error) && error.code === 'VM_NOT_FOUND');
    await assert.rejects(planCommand(parsed('vm delete WebRole1 --service paas2'), context), (error) => isCommandError(error)
      && error.code === 'NOT_A_VM' && error.kind === 'usage' && /deployment delete paas2 paasdep/.test(error.hint));
  });

  it('a service whose description says it was made for the VM goes too; one that was not stays', async () => {
    const shop = await planCommand(parsed('vm delete web1 --service shop'), context);
    assert.deepEqual(shop.steps.map((s) => [s.call, s.args]), [['deployments.delete', ['shop', 'shopdep']], ['hostedServices.delete', ['shop']]]);
    const keep = await planCommand(parsed('vm delete solo --service keep'), context);
    assert.deepEqual(keep.steps.map((s) => [s.call, s.args]), [['deployments.delete', ['keep', 'keep']]]);
    assert.ok(keep.notes.some((n) => /Kept: cloud service keep/.test(n)));
  });

  it('planned without reading the subscription, it deletes nothing and says it is resolved when run', async () => {
    const plan = await planCommand(parsed('vm delete pvm2 --service pair'), { settings: commandSettings(), dryRun: true });
    assert.deepEqual(plan.steps, []);
    assert.match(plan.notes[0] ?? '', /^Resolved when the command runs: .*deletes only VM pvm2/);
  });
});
