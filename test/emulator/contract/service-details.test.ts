// Behaviours of the live service in the details, through the real management client over mutual TLS.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';
const vmRole = (roleName: string, extra: Partial<Role> = {}): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    {
      configurationSetType: 'NetworkConfiguration',
      inputEndpoints: [{
        name: 'web', protocol: 'tcp', port: 80, localPort: 80, loadBalancedEndpointSetName: 'webset',
        loadBalancerProbe: { path: '/health', port: 80, protocol: 'http', intervalInSeconds: 15, timeoutInSeconds: 31 },
      }],
    },
  ],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://details.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize: 'Small',
  ...extra,
});

async function vm(f: ContractFixture, name: string, extra: Partial<Role> = {}): Promise<void> {
  await f.wait(await f.client.hostedServices.create({ serviceName: name, label: name, location: 'West US' }));
  await f.wait(await f.client.virtualMachines.createDeployment(name, { deploymentName: name, role: vmRole(name, extra) }));
}

describe('the emulator in the details: a VM coming up, guest agent, downtime windows', () => {
  let f: ContractFixture;
  let now = Date.parse('2026-01-10T10:00:00Z');
  before(async () => { f = await startContract({ vmProvisioningMs: 90_000, persistentVmDowntime: true, clock: { now: () => now } }); });
  after(() => f.close());

  it('a created VM shows RoleStateUnknown, CreatingVM, Provisioning for the configured while, then ReadyRole with its guest agent status', async () => {
    await vm(f, 'upvm', { provisionGuestAgent: true });
    const instance = async () => (await f.client.deployments.getByName('upvm', 'upvm')).roleInstanceList?.[0];
    const seen: (string | undefined)[] = [];
    for (const step of [0, 30_000, 30_000, 30_000]) {
      now += step;
      const i = await instance();
      seen.push(`${i?.instanceStatus}/${i?.powerState}/${i?.guestAgentStatus?.status ?? '-'}/${i?.hostName ?? '-'}`);
    }
    assert.deepEqual(seen, ['RoleStateUnknown/Starting/-/-', 'CreatingVM/Starting/-/-', 'Provisioning/Starting/-/-', 'ReadyRole/Started/Ready/upvm']);
    const ready = await instance();
    assert.match(ready?.guestAgentStatus?.guestAgentVersion ?? '', /^WALinuxAgent-/);
    assert.equal(ready?.guestAgentStatus?.formattedMessage?.language, 'en-US');
  });

  it('no guest agent status for a VM created without ProvisionGuestAgent; a downtime window on every VM deployment when opted in', async () => {
    await vm(f, 'noagent');
    now += 90_000;
    const deployment = await f.client.deployments.getByName('noagent', 'noagent');
    assert.equal(deployment.roleInstanceList?.[0]?.instanceStatus, 'ReadyRole');
    assert.equal(deployment.roleInstanceList?.[0]?.guestAgentStatus, undefined);
    assert.equal(deployment.persistentVMDowntime?.status, 'PersistentVMUpdateScheduled');
    assert.ok(Date.parse(deployment.persistentVMDowntime?.endTime ?? '') > Date.parse(deployment.persistentVMDowntime?.startTime ?? ''));
  });
});

describe('the emulator in the details: defaults, shapes, round trips and names', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
    await vm(f, 'dvm');
    await f.wait(await f.client.hostedServices.create({ serviceName: 'bare', label: 'bare', location: 'West US' }));
  });
  after(() => f.close());

  it('by default a created VM is ReadyRole at once and no deployment has a downtime window (the recordings have none)', async () => {
    const deployment = await f.client.deployments.getByName('dvm', 'dvm');
    assert.equal(deployment.roleInstanceList?.[0]?.instanceStatus, 'ReadyRole');
    assert.equal(deployment.persistentVMDowntime, undefined);
    const raw = await f.t.send('GET', '/services/hostedservices/dvm/deployments/dvm');
    assert.doesNotMatch(raw.text, /PersistentVMDowntime|GuestAgentStatus/);
  });

  it('input endpoints report their Vip, the deployment’s virtual IP', async () => {
    const deployment = await f.client.deployments.getByName('dvm', 'dvm');
    const endpoint = deployment.roleInstanceList?.[0]?.instanceEndpoints?.[0];
    assert.equal(endpoint?.vip, deployment.virtualIPs?.[0]?.address);
    assert.match(endpoint?.vip ?? '', /^\d+\.\d+\.\d+\.\d+$/);
  });

  it('read-modify-write: a role sent back as GET returned it (load balancer probe intervals included) is accepted', async () => {
    const role = await f.client.virtualMachines.getRole('dvm', 'dvm', 'dvm');
    const probe = role.configurationSets?.find((s) => s.configurationSetType === 'NetworkConfiguration')?.inputEndpoints?.[0]?.loadBalancerProbe;
    assert.deepEqual([probe?.intervalInSeconds, probe?.timeoutInSeconds], [15, 31]);
    const { roleName: _name, ...rest } = role;
    const operation = await f.client.virtualMachines.updateRole('dvm', 'dvm', 'dvm', rest);
    assert.match(operation.requestId, /^[0-9a-f]{32}$/);
    await f.wait(operation);
    const again = await f.client.virtualMachines.getRole('dvm', 'dvm', 'dvm');
    assert.deepEqual(again, role, 'what was read and written back reads the same');
  });

  it('a stopped-deallocated instance has no size, update domain or fault domain', async () => {
    const before = (await f.client.deployments.getByName('dvm', 'dvm')).roleInstanceList?.[0];
    assert.deepEqual([before?.instanceSize, before?.instanceUpgradeDomain, before?.instanceFaultDomain], ['Small', 0, 0]);
    await f.wait(await f.client.virtualMachines.shutdown('dvm', 'dvm', 'dvm', { postShutdownAction: 'StoppedDeallocated' }));
    const after = (await f.client.deployments.getByName('dvm', 'dvm')).roleInstanceList?.[0];
    assert.equal(after?.instanceStatus, 'StoppedDeallocated');
    assert.deepEqual([after?.instanceSize, after?.instanceUpgradeDomain, after?.instanceFaultDomain], [undefined, undefined, undefined]);
    await f.wait(await f.client.virtualMachines.start('dvm', 'dvm', 'dvm'));
    assert.equal((await f.client.deployments.getByName('dvm', 'dvm')).roleInstanceList?.[0]?.instanceSize, 'Small');
  });

  it('embed-detail on a service with no deployments has no <Deployments>; API-made services carry only the extended properties given', async () => {
    const raw = await f.t.send('GET', '/services/hostedservices/bare?embed-detail=true');
    assert.equal(raw.status, 200);
    assert.doesNotMatch(raw.text, /<Deployments/);
    const bare = await f.client.hostedServices.get('bare', { embedDetail: true });
    assert.equal(bare.deployments, undefined);
    const withOne = await f.client.hostedServices.get('dvm', { embedDetail: true });
    assert.equal(withOne.deployments?.length, 1);
    // In the recordings only services made outside the API (the portal) carry ResourceGroup/ResourceLocation.
    assert.deepEqual(bare.hostedServiceProperties?.extendedProperties ?? {}, {});
  });

  it('names invalid for their kind get 400 BadRequest, not 404, on reads, deletes and isavailable', async () => {
    const badRequest = { statusCode: 400, code: 'BadRequest' };
    await assert.rejects(f.client.hostedServices.get('a_b'), badRequest);
    await assert.rejects(f.client.hostedServices.delete('a_b'), badRequest);
    await assert.rejects(f.client.storageAccounts.get('Bad_Name'), badRequest);
    await assert.rejects(f.client.storageAccounts.delete('ab'), badRequest);
    await assert.rejects(f.client.storageAccounts.checkNameAvailability('ab'), { ...badRequest, message: /between 3 and 24 characters/ });
    await assert.rejects(f.client.affinityGroups.delete('a b'), badRequest);
    await assert.rejects(f.client.deployments.delete('dvm', 'a b'), badRequest);
    await assert.rejects(f.client.osImages.delete('a b'), badRequest);
    await assert.rejects(f.client.disks.delete('a b'), badRequest);
    await assert.rejects(f.client.reservedIPs.delete('a b'), badRequest);
    await assert.rejects(f.client.hostedServices.get('nosuchservice'), { statusCode: 404, code: 'ResourceNotFound' });
  });

  it('platform images have the fields real ones have: no Language, no OSState (user images keep OSState)', async () => {
    const images = await f.client.osImages.list();
    const platform = images.filter((i) => i.category !== 'User');
    assert.ok(platform.length > 0);
    for (const image of platform) {
      assert.equal((image as { language?: string }).language, undefined, image.name);
      assert.equal((image as { osState?: string }).osState, undefined, image.name);
      assert.ok(image.publisherName && image.imageFamily && image.publishedDate && image.logicalSizeInGB, image.name);
    }
    const raw = await f.t.send('GET', '/services/images');
    assert.doesNotMatch(raw.text, /<Language|<OSState/);
    await f.wait(await f.client.osImages.add({ name: 'mine', label: 'mine', mediaLink: 'https://details.blob.core.windows.net/vhds/mine.vhd', os: 'Linux' }));
    assert.equal(((await f.client.osImages.get('mine')) as { osState?: string }).osState, 'Generalized');
  });
});
