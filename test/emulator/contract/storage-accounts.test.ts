import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

describe('contract: storage accounts', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('creates an account that goes Creating → Created, and reads, updates, rotates keys, deletes it', async () => {
    const created = await f.client.storageAccounts.create({
      serviceName: 'contractstore',
      label: 'Store label',
      description: 'desc',
      location: 'West US',
      accountType: 'Standard_GRS',
      extendedProperties: { team: 'ops' },
    });
    const creating = await f.client.storageAccounts.get('contractstore');
    assert.equal(creating.storageServiceProperties?.status, 'Creating');
    await f.wait(created);
    const account = await f.client.storageAccounts.get('contractstore');
    assert.equal(account.storageServiceProperties?.status, 'Created');
    assert.equal(account.storageServiceProperties?.label, 'Store label');
    assert.equal(account.storageServiceProperties?.geoPrimaryRegion, 'West US');
    assert.equal(account.storageServiceProperties?.geoSecondaryRegion, 'East US');
    assert.deepEqual(account.storageServiceProperties?.endpoints?.[0], 'https://contractstore.blob.core.windows.net/');
    assert.equal(account.extendedProperties?.['team'], 'ops');
    assert.equal(account.extendedProperties?.['ResourceLocation'], 'West US');

    await f.client.storageAccounts.update('contractstore', { description: 'new', accountType: 'Standard_LRS' });
    const updated = await f.client.storageAccounts.get('contractstore');
    assert.equal(updated.storageServiceProperties?.description, 'new');
    assert.equal(updated.storageServiceProperties?.accountType, 'Standard_LRS');
    assert.equal(updated.storageServiceProperties?.geoSecondaryRegion, '');

    const keys = await f.client.storageAccounts.getKeys('contractstore');
    const rotated = await f.client.storageAccounts.regenerateKeys('contractstore', 'Secondary');
    assert.equal(rotated.storageServiceKeys?.primary, keys.storageServiceKeys?.primary);
    assert.notEqual(rotated.storageServiceKeys?.secondary, keys.storageServiceKeys?.secondary);
    assert.equal(Buffer.from(rotated.storageServiceKeys?.secondary ?? '', 'base64').length, 64);

    assert.deepEqual((await f.client.storageAccounts.list()).map((a) => a.serviceName), ['contractstore']);
    await f.wait(await f.client.storageAccounts.delete('contractstore'));
    await assert.rejects(f.client.storageAccounts.get('contractstore'), {
      statusCode: 404,
      code: 'ResourceNotFound',
      message: "The storage account 'contractstore' was not found.",
    });
  });

  it('rejects an invalid name with the service message', async () => {
    await assert.rejects(f.client.storageAccounts.create({ serviceName: 'Bad_Name', label: 'x', location: 'West US' }), {
      statusCode: 400,
      code: 'BadRequest',
      message: /between 3 and 24 characters/,
    });
  });

  it('reports availability of taken and invalid names', async () => {
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'takenstore', label: 'x', location: 'West US' }));
    const taken = await f.client.storageAccounts.checkNameAvailability('takenstore');
    assert.equal(taken.result, false);
    assert.equal((await f.client.storageAccounts.checkNameAvailability('freestore')).result, true);
  });
});
