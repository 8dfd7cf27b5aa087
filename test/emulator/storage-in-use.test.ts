import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../src/management/index.ts';
import { startContract, type ContractFixture } from './support/contract-fixture.ts';
import { errorOf } from './support/xml.ts';

const role = (roleName: string, account: string): Role => ({
  roleName,
  configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' }],
  osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: `https://${account}.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize: 'Small',
});

describe('emulator: more of the service rules', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('a storage account holding the disks of VMs cannot be deleted (409, the service wording); once they are gone it can', async () => {
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'diskstore', label: 'd', location: 'West US' }));
    await f.wait(await f.client.hostedServices.create({ serviceName: 'diskvm', label: 'd', location: 'West US' }));
    await f.wait(await f.client.virtualMachines.createDeployment('diskvm', { deploymentName: 'diskvm', role: role('diskvm', 'diskstore') }));
    const disk = (await f.client.virtualMachines.getRole('diskvm', 'diskvm', 'diskvm')).osVirtualHardDisk?.diskName;
    await assert.rejects(f.client.storageAccounts.delete('diskstore'), {
      statusCode: 409,
      code: 'ConflictError',
      message: `Storage account diskstore has some active image(s) and/or disk(s), e.g. ${disk}. `
        + 'Ensure these image(s) and/or disk(s) are removed before deleting this storage account.',
    });
    await f.wait(await f.client.deployments.delete('diskvm', 'diskvm', { deleteVhd: true }));
    await f.client.storageAccounts.delete('diskstore');
    await assert.rejects(f.client.storageAccounts.get('diskstore'), { statusCode: 404 });
  });

  it('a storage account holding a user OS image cannot be deleted either', async () => {
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'imgstore', label: 'i', location: 'West US' }));
    await f.wait(await f.client.osImages.add({ name: 'myimage', label: 'mine', mediaLink: 'https://imgstore.blob.core.windows.net/vhds/img.vhd', os: 'Linux' }));
    await assert.rejects(f.client.storageAccounts.delete('imgstore'), { statusCode: 409, message: /e\.g\. myimage\./ });
  });

  it('an XML body nested too deeply is a 400 BadRequest, never a 500', async () => {
    const deep = (root: string, depth: number) => `<${root} xmlns="http://schemas.microsoft.com/windowsazure">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</${root}>`;
    for (const depth of [200, 20_000]) {
      for (const [path, root] of [['/services/hostedservices', 'CreateHostedService'], ['/services/storageservices', 'CreateStorageServiceInput']] as const) {
        const response = await f.t.send('POST', path, { body: deep(root, depth) });
        assert.equal(response.status, 400, `${path} ${depth}`);
        assert.equal(errorOf(response.text).code, 'BadRequest');
      }
    }
  });

  it('an unknown x-ms-version is named in the message; a missing one keeps the service wording', async () => {
    const unknown = await f.t.send('GET', '/locations', { version: '2099-01-01' });
    assert.equal(unknown.status, 400);
    assert.deepEqual(errorOf(unknown.text), {
      code: 'MissingOrIncorrectVersionHeader',
      message: "The versioning header is not specified or was specified incorrectly: '2099-01-01' is not a version of the Service Management API (2009-10-01 to 2017-01-01).",
    });
    const missing = await f.t.send('GET', '/locations', { version: null });
    assert.deepEqual(errorOf(missing.text), { code: 'MissingOrIncorrectVersionHeader', message: 'The versioning header is not specified or was specified incorrectly.' });
  });
});
