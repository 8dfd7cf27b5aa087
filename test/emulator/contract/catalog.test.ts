import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

const GUIDE_LOCATIONS = [
  'West Europe', 'North Europe', 'Southeast Asia', 'East Asia', 'Central US', 'North Central US', 'South Central US',
  'West US', 'East US', 'Japan East', 'Japan West', 'Brazil South', 'Australia East', 'Australia Southeast',
];

describe('contract: subscription and catalog', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('gets the subscription with its quotas and current counts', async () => {
    await f.wait(await f.client.hostedServices.create({ serviceName: 'countedsvc', label: 'counted', location: 'West US' }));
    const subscription = await f.client.subscription.get();
    assert.equal(subscription.subscriptionID, f.t.emulator.subscriptionId);
    assert.equal(subscription.subscriptionStatus, 'Active');
    assert.equal(subscription.currentHostedServices, 1);
    assert.ok((subscription.maxCoreCount ?? 0) > 0);
  });

  it('lists the locations of the real service, with compute capabilities', async () => {
    const locations = await f.client.locations.list();
    const names = locations.map((location) => location.name);
    for (const name of GUIDE_LOCATIONS) assert.ok(names.includes(name), name);
    const westUs = locations.find((location) => location.name === 'West US');
    assert.ok(westUs?.computeCapabilities?.virtualMachinesRoleSizes?.includes('Small'));
    assert.ok(westUs?.availableServices?.includes('PersistentVMRole'));
  });

  it('lists role sizes with typed numbers and booleans', async () => {
    const sizes = await f.client.subscription.listRoleSizes();
    const small = sizes.find((size) => size.name === 'Small');
    assert.equal(small?.cores, 1);
    assert.equal(small?.memoryInMb, 1792);
    assert.equal(small?.supportedByVirtualMachines, true);
    assert.equal(sizes.find((size) => size.name === 'Basic_A0')?.supportedByWebWorkerRoles, false);
  });

  it('lists operating systems and families with decoded labels', async () => {
    const systems = await f.client.operatingSystems.list();
    assert.ok(systems.length > 20);
    assert.match(systems[0]?.label ?? '', /^Windows Azure Guest OS/);
    const families = await f.client.operatingSystems.listFamilies();
    const family4 = families.find((family) => family.name === '4');
    assert.equal(family4?.label, 'Windows Server 2012 R2');
    assert.equal(family4?.operatingSystems?.filter((os) => os.isDefault).length, 1);
  });

  it('lists platform OS images, including the CentOS 6.2 image, and gets one with details', async () => {
    const images = await f.client.osImages.list();
    const centos = images.find((image) => image.name === 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd');
    assert.equal(centos?.os, 'Linux');
    assert.equal(centos?.category, 'Public');
    const details = await f.client.osImages.getDetails('OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd');
    assert.equal(details.logicalSizeInGB, 30);
    assert.deepEqual(details.replicationProgress ?? [], []);
  });

  it('lists VM images and filters them by publisher, location and category', async () => {
    const all = await f.client.vmImages.list();
    assert.ok(all.length >= 2);
    const cloudera = await f.client.vmImages.list({ publisher: 'Cloudera', category: 'Public', location: 'West US' });
    assert.deepEqual(cloudera.map((image) => image.publisherName), ['Cloudera']);
    assert.equal(cloudera[0]?.osDiskConfiguration?.os, 'Linux');
    assert.deepEqual(await f.client.vmImages.list({ publisher: 'Nobody' }), []);
  });
});
