import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

describe('contract: cloud services', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('creates, reads, lists, updates and deletes a cloud service', async () => {
    const created = await f.client.hostedServices.create({
      serviceName: 'contractsvc',
      label: 'Contract label ✓',
      description: 'a & b < c',
      location: 'West Europe',
      extendedProperties: { owner: 'ops', tier: '2' },
    });
    assert.match(created.requestId, /^[0-9a-f]{32}$/);
    await f.wait(created);
    const service = await f.client.hostedServices.get('contractsvc');
    assert.equal(service.serviceName, 'contractsvc');
    assert.equal(service.hostedServiceProperties?.label, 'Contract label ✓');
    assert.equal(service.hostedServiceProperties?.description, 'a & b < c');
    assert.equal(service.hostedServiceProperties?.location, 'West Europe');
    assert.equal(service.hostedServiceProperties?.status, 'Created');
    assert.deepEqual(service.hostedServiceProperties?.extendedProperties, { owner: 'ops', tier: '2' });

    await f.client.hostedServices.update('contractsvc', { label: 'updated', extendedProperties: { tier: '3', extra: 'x' } });
    const updated = await f.client.hostedServices.get('contractsvc');
    assert.equal(updated.hostedServiceProperties?.label, 'updated');
    assert.deepEqual(updated.hostedServiceProperties?.extendedProperties, { owner: 'ops', tier: '3', extra: 'x' });

    const list = await f.client.hostedServices.list();
    assert.deepEqual(list.map((s) => s.serviceName), ['contractsvc']);
    assert.ok(list[0]?.computeCapabilities?.webWorkerRoleSizes?.includes('Small'));

    await f.wait(await f.client.hostedServices.delete('contractsvc'));
    await assert.rejects(f.client.hostedServices.get('contractsvc'), { statusCode: 404, code: 'ResourceNotFound', message: 'The hosted service does not exist.' });
  });

  it('checks name availability', async () => {
    assert.equal((await f.client.hostedServices.checkNameAvailability('freename')).result, true);
    await f.wait(await f.client.hostedServices.create({ serviceName: 'takenname', label: 't', location: 'East US' }));
    const taken = await f.client.hostedServices.checkNameAvailability('takenname');
    assert.equal(taken.result, false);
  });

  it('rejects a duplicate name with 409 ConflictError and a missing placement with 400', async () => {
    await f.wait(await f.client.hostedServices.create({ serviceName: 'dupsvc', label: 'd', location: 'East US' }));
    await assert.rejects(f.client.hostedServices.create({ serviceName: 'dupsvc', label: 'd', location: 'East US' }), {
      statusCode: 409,
      code: 'ConflictError',
    });
  });

  it('embeds deployments with embedDetail', async () => {
    await f.wait(await f.client.hostedServices.create({ serviceName: 'embedsvc', label: 'e', location: 'East US' }));
    const withoutDeployments = await f.client.hostedServices.get('embedsvc', { embedDetail: true });
    assert.deepEqual(withoutDeployments.deployments ?? [], []);
  });
});
