import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

describe('contract: affinity groups', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('creates, lists, updates and deletes a group; lists its services; refuses to delete it while in use', async () => {
    await f.client.affinityGroups.create({ name: 'contractgroup', label: 'Group ✓', description: 'd', location: 'North Europe' });
    const group = await f.client.affinityGroups.get('contractgroup');
    assert.equal(group.label, 'Group ✓');
    assert.equal(group.location, 'North Europe');
    assert.deepEqual(group.hostedServices ?? [], []);

    await f.wait(await f.client.hostedServices.create({ serviceName: 'groupedsvc', label: 'g', affinityGroup: 'contractgroup' }));
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'groupedstore', label: 'g', affinityGroup: 'contractgroup' }));
    const used = await f.client.affinityGroups.get('contractgroup');
    assert.deepEqual(used.hostedServices?.map((s) => s.serviceName), ['groupedsvc']);
    assert.deepEqual(used.storageServices?.map((s) => s.serviceName), ['groupedstore']);
    const store = await f.client.storageAccounts.get('groupedstore');
    assert.equal(store.storageServiceProperties?.affinityGroup, 'contractgroup');
    assert.equal(store.storageServiceProperties?.geoPrimaryRegion, 'North Europe');

    await assert.rejects(f.client.affinityGroups.delete('contractgroup'), { statusCode: 409, code: 'ConflictError' });

    await f.client.affinityGroups.update('contractgroup', { label: 'renamed', description: 'new' });
    const listed = await f.client.affinityGroups.list();
    assert.equal(listed[0]?.label, 'renamed');
    assert.ok(listed[0]?.computeCapabilities?.virtualMachinesRoleSizes?.includes('Small'));

    await f.wait(await f.client.hostedServices.delete('groupedsvc'));
    await f.wait(await f.client.storageAccounts.delete('groupedstore'));
    await f.client.affinityGroups.delete('contractgroup');
    await assert.rejects(f.client.affinityGroups.get('contractgroup'), { statusCode: 404, message: 'The affinity group does not exist.' });
  });

  it('rejects an unknown location', async () => {
    await assert.rejects(f.client.affinityGroups.create({ name: 'nowhere', label: 'n', location: 'Atlantis' }), {
      statusCode: 400,
      code: 'BadRequest',
    });
  });
});
