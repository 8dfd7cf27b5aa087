import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { classifyError } from '../../../src/commands/index.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';

/** The hint the views show for what the service threw. */
async function hintOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => assert.fail('expected a failure'), (e: unknown) => e);
  return classifyError(error).info.hint;
}

describe('hints fit the error the service gave', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
    await f.client.affinityGroups.create({ name: 'ag1', label: 'ag1', location: 'West US' });
    await f.wait(await f.client.hostedServices.create({ serviceName: 'hinted', label: 'h', affinityGroup: 'ag1' }));
    await f.wait(await f.client.virtualMachines.createDeployment('hinted', {
      deploymentName: 'hinted',
      role: {
        roleName: 'hinted',
        configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'hinted', userName: 'azureuser', userPassword: 'Pa55w.rd-1234' }],
        osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: 'https://s.blob.core.windows.net/vhds/h.vhd' },
        roleSize: 'Small',
      },
    }));
  });
  after(() => f.close());

  it('a service with deployments: --purge', async () => {
    assert.equal(await hintOf(f.client.hostedServices.delete('hinted')),
      'Delete its deployments first, or delete the cloud service with everything in it: `service delete hinted --purge`.');
  });

  it('an affinity group in use: what to move first', async () => {
    assert.match(await hintOf(f.client.affinityGroups.delete('ag1')), /cloud services and storage accounts in affinity group ag1 first/);
  });

  it('restarting a stopped VM: start it', async () => {
    await f.wait(await f.client.virtualMachines.shutdown('hinted', 'hinted', 'hinted'));
    assert.equal(await hintOf(f.client.virtualMachines.restart('hinted', 'hinted', 'hinted')), 'Start the VM instead: `vm start <name>`.');
  });

  it('a slot already taken', async () => {
    const again = f.client.virtualMachines.createDeployment('hinted', {
      deploymentName: 'other', role: { roleName: 'x', osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: 'https://s.blob.core.windows.net/vhds/x.vhd' } },
    });
    assert.match(await hintOf(again), /The Production slot is taken/);
  });

  it('no `list` command is suggested where none exists: deployments and operations', async () => {
    const deployment = await hintOf(f.client.deployments.getByName('hinted', 'nosuch'));
    assert.equal(deployment, 'See `service show <service>` for the deployments of a cloud service.');
    const operation = await hintOf(f.client.operations.get('0123456789abcdef0123456789abcdef'));
    assert.equal(operation, 'Check the request id: it is the one printed when the change was submitted.');
    for (const hint of [deployment, operation]) assert.doesNotMatch(hint, /`list`/);
    assert.equal(await hintOf(f.client.hostedServices.get('nosuch')), 'Check the name: `service list` shows the cloud services.');
  });

  it('a busy deployment names the operation to wait for; other conflicts keep the general hint', () => {
    const busy = { code: 'ConflictError', message: 'Windows Azure is currently performing an operation with x-ms-requestid abc123 on this deployment that requires exclusive access.' };
    assert.equal(classifyError(busy).info.hint, 'Another operation is running on it: wait for it (`op show abc123`), then retry.');
    assert.match(classifyError({ code: 'ConflictError', message: 'Something else.' }).info.hint, /op show|another name/);
  });
});
