import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

const cscfg = (instances: number) =>
  '<?xml version="1.0" encoding="utf-8"?><ServiceConfiguration serviceName="web" osFamily="4" osVersion="*" ' +
  'xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">' +
  `<Role name="WebRole1"><Instances count="${instances}" /></Role></ServiceConfiguration>`;

describe('contract: cloud service deployments and role instances', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
    await f.wait(await f.client.hostedServices.create({ serviceName: 'websvc', label: 'web', location: 'West US' }));
  });
  after(() => f.close());

  const create = (slot: string, name: string, start = true) =>
    f.client.deployments.create('websvc', slot, {
      name,
      packageUrl: 'https://store.blob.core.windows.net/packages/web.cspkg',
      label: `${name} label`,
      configuration: cscfg(2),
      startDeployment: start,
      extendedProperties: { build: '42' },
    });

  it('deploys: Deploying, then Running with ReadyRole instances', async () => {
    const operation = await create('production', 'webprod');
    const deploying = await f.client.deployments.getBySlot('websvc', 'Production');
    assert.equal(deploying.status, 'Deploying');
    assert.equal(deploying.locked, true);
    await f.wait(operation);
    const deployment = await f.client.deployments.getByName('websvc', 'webprod');
    assert.equal(deployment.status, 'Running');
    assert.equal(deployment.label, 'webprod label');
    assert.equal(deployment.deploymentSlot, 'Production');
    assert.match(deployment.configuration ?? '', /<Instances count="2" \/>/);
    assert.deepEqual(deployment.roleInstanceList?.map((i) => [i.instanceName, i.instanceStatus]), [
      ['WebRole1_IN_0', 'ReadyRole'],
      ['WebRole1_IN_1', 'ReadyRole'],
    ]);
    assert.equal(deployment.extendedProperties?.['build'], '42');
    assert.equal(deployment.locked, false);
  });

  it('suspends and resumes (Suspended / Running), reboots and reimages instances', async () => {
    await f.wait(await f.client.deployments.updateStatus('websvc', 'webprod', 'Suspended'));
    const suspended = await f.client.deployments.getByName('websvc', 'webprod');
    assert.equal(suspended.status, 'Suspended');
    assert.equal(suspended.roleInstanceList?.[0]?.instanceStatus, 'StoppedVM');
    await f.wait(await f.client.deployments.updateStatus('websvc', 'webprod', 'Running'));
    assert.equal((await f.client.deployments.getByName('websvc', 'webprod')).status, 'Running');
    await f.wait(await f.client.deployments.rebootRoleInstance('websvc', 'webprod', 'WebRole1_IN_0'));
    await f.wait(await f.client.deployments.reimageRoleInstance('websvc', 'webprod', 'WebRole1_IN_1'));
    await f.wait(await f.client.deployments.rebuildRoleInstance('websvc', 'webprod', 'WebRole1_IN_1'));
    const after = await f.client.deployments.getByName('websvc', 'webprod');
    assert.ok(after.roleInstanceList?.every((instance) => instance.instanceStatus === 'ReadyRole'));
  });

  it('changes the configuration (instance count) and deletes role instances', async () => {
    await f.wait(await f.client.deployments.changeConfiguration('websvc', 'webprod', { configuration: cscfg(3) }));
    const grown = await f.client.deployments.getByName('websvc', 'webprod');
    assert.equal(grown.roleInstanceList?.length, 3);
    await f.wait(await f.client.deployments.deleteRoleInstances('websvc', 'webprod', ['WebRole1_IN_2']));
    const shrunk = await f.client.deployments.getByName('websvc', 'webprod');
    assert.deepEqual(shrunk.roleInstanceList?.map((i) => i.instanceName), ['WebRole1_IN_0', 'WebRole1_IN_1']);
  });

  it('upgrades manually, walks the upgrade domains, and rolls back', async () => {
    await f.wait(
      await f.client.deployments.upgrade('websvc', 'webprod', {
        mode: 'Manual',
        packageUrl: 'https://store.blob.core.windows.net/packages/web2.cspkg',
        configuration: cscfg(2),
        label: 'v2',
        force: false,
      }),
    );
    const upgrading = await f.client.deployments.getByName('websvc', 'webprod');
    assert.equal(upgrading.upgradeStatus?.upgradeType, 'Manual');
    assert.equal(upgrading.upgradeStatus?.currentUpgradeDomain, 0);
    assert.equal(upgrading.rollbackAllowed, true);
    await f.wait(await f.client.deployments.walkUpgradeDomain('websvc', 'webprod', 0));
    assert.equal((await f.client.deployments.getByName('websvc', 'webprod')).upgradeStatus?.currentUpgradeDomain, 1);
    await f.wait(await f.client.deployments.rollback('websvc', 'webprod', { mode: 'Auto', force: false }));
    const rolledBack = await f.client.deployments.getByName('websvc', 'webprod');
    assert.equal(rolledBack.upgradeStatus, undefined);
    assert.equal(rolledBack.rollbackAllowed, false);
  });

  it('swaps staging into production', async () => {
    await f.wait(await create('staging', 'webstage', false));
    assert.equal((await f.client.deployments.getBySlot('websvc', 'Staging')).status, 'Suspended');
    await f.wait(await f.client.deployments.swap('websvc', { production: 'webprod', sourceDeployment: 'webstage' }));
    assert.equal((await f.client.deployments.getBySlot('websvc', 'Production')).name, 'webstage');
    assert.equal((await f.client.deployments.getBySlot('websvc', 'Staging')).name, 'webprod');
    const service = await f.client.hostedServices.get('websvc', { embedDetail: true });
    assert.deepEqual(service.deployments?.map((d) => d.name).sort(), ['webprod', 'webstage']);
  });

  it('refuses a second deployment in an occupied slot, and a cloud service delete while deployments exist', async () => {
    await assert.rejects(create('production', 'another'), { statusCode: 409, code: 'ConflictError' });
    await assert.rejects(f.client.hostedServices.delete('websvc'), { statusCode: 409, code: 'ConflictError' });
  });

  it('deletes deployments (Deleting, then gone) and then the cloud service', async () => {
    await f.wait(await f.client.deployments.delete('websvc', 'webprod'));
    await f.wait(await f.client.deployments.delete('websvc', 'webstage'));
    await assert.rejects(f.client.deployments.getBySlot('websvc', 'Production'), { statusCode: 404, code: 'ResourceNotFound' });
    await f.wait(await f.client.hostedServices.delete('websvc'));
  });
});
