import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

interface Change { command: string; status: string; summary: string; steps: { id: string; call: string; status: string; requestId?: string }[]; secrets: unknown[] }
const REQUEST_ID = /^[0-9a-f]{32}$/;

function assertDone(change: Change, calls: readonly string[]): void {
  assert.equal(change.status, 'succeeded');
  assert.deepEqual(change.steps.map((s) => s.call), calls);
  for (const step of change.steps) assert.equal(step.status, 'succeeded');
}

describe('asm CLI against the emulator: locations, cloud services, affinity groups, storage, OS, images, operations', () => {
  let env: CliEnvironment;
  before(async () => { env = await startCliEnvironment(); });
  after(() => env.close());

  it('location list: the subscription’s locations, found through .local/emulator with nothing configured', async () => {
    const result = await env.run(['location', 'list', '--json']);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '', 'no progress output when piped');
    const locations = JSON.parse(result.stdout) as { name: string; displayName: string; availableServices: string[] }[];
    const west = locations.find((l) => l.name === 'West US');
    assert.deepEqual([west?.name, west?.displayName], ['West US', 'West US']);
    assert.ok(west?.availableServices.includes('PersistentVMRole'));
    const text = await env.run(['location', 'list']);
    assert.match(text.stdout, /^Locations\n\nNAME\s+DISPLAY NAME\s+SERVICES\n/);
  });

  it('service create / show / list, with a location in any spelling', async () => {
    assert.deepEqual(await env.json(['service', 'list']), []);
    const created = await env.json<Change>(['service', 'create', 'svc1', 'west', 'us', '--label', 'Web tier', '--description', 'R&D <eu>']);
    assertDone(created, ['hostedServices.create']);
    assert.match(created.steps[0]?.requestId ?? '', REQUEST_ID);
    assert.equal(created.command, 'service create svc1 "West US" --label "Web tier" --description "R&D <eu>"');
    const shown = await env.json<{ serviceName: string; hostedServiceProperties: { location: string; label: string; description: string; status: string }; deployments?: unknown[] }>(['service', 'show', 'svc1']);
    assert.equal(shown.serviceName, 'svc1');
    assert.equal(shown.hostedServiceProperties.location, 'West US');
    assert.equal(shown.hostedServiceProperties.label, 'Web tier');
    assert.equal(shown.hostedServiceProperties.description, 'R&D <eu>');
    assert.equal(shown.hostedServiceProperties.status, 'Created');
    const listed = await env.json<{ serviceName: string }[]>(['cloudservice', 'ls']);
    assert.deepEqual(listed.map((s) => s.serviceName), ['svc1']);
    const text = await env.run(['service', 'show', 'svc1']);
    assert.match(text.stdout, /Label:\s+Web tier/);
  });

  it('affinity-group create / list / show / delete', async () => {
    assertDone(await env.json<Change>(['affinity-group', 'create', 'ag1', 'West', 'Europe', '--description', 'EU group']), ['affinityGroups.create']);
    const groups = await env.json<{ name: string; location: string; description: string; label: string }[]>(['affinity-group', 'list']);
    assert.deepEqual(groups.map((g) => [g.name, g.location, g.description, g.label]), [['ag1', 'West Europe', 'EU group', 'ag1']]);
    const group = await env.json<{ name: string; location: string }>(['affinity-group', 'show', 'ag1']);
    assert.deepEqual([group.name, group.location], ['ag1', 'West Europe']);
    assertDone(await env.json<Change>(['affinity-group', 'delete', 'ag1']), ['affinityGroups.delete']);
    assert.deepEqual(await env.json(['affinity-group', 'list']), []);
  });

  it('storage create / list / show / delete', async () => {
    assertDone(await env.json<Change>(['storage', 'create', 'store1', 'westus', '--type', 'standard_lrs', '--label', 'Disks']), ['storageAccounts.create']);
    const accounts = await env.json<{ serviceName: string; storageServiceProperties: { location: string; accountType: string; status: string } }[]>(['storage', 'list']);
    assert.deepEqual(accounts.map((a) => [a.serviceName, a.storageServiceProperties.location, a.storageServiceProperties.accountType, a.storageServiceProperties.status]), [['store1', 'West US', 'Standard_LRS', 'Created']]);
    const account = await env.json<{ serviceName: string; storageServiceProperties: { label: string; endpoints: string[] }; storageServiceKeys?: unknown }>(['storage', 'show', 'store1']);
    assert.equal(account.storageServiceProperties.label, 'Disks');
    assert.ok(account.storageServiceProperties.endpoints.some((e) => e.includes('store1.blob.')));
    assert.equal(account.storageServiceKeys, undefined, 'keys are never shown');
    assertDone(await env.json<Change>(['storage', 'rm', 'store1']), ['storageAccounts.delete']);
    assert.deepEqual(await env.json(['storage', 'list']), []);
  });

  it('os list --family / os families', async () => {
    const systems = await env.json<{ version: string; family: number; label: string }[]>(['os', 'list', '--family', '4']);
    assert.ok(systems.length > 0);
    for (const os of systems) assert.equal(os.family, 4);
    const families = await env.json<{ name: string; label: string; operatingSystems: unknown[] }[]>(['os', 'families']);
    assert.ok(families.some((f) => f.name === '4' && f.label === 'Windows Server 2012 R2' && f.operatingSystems.length > 0));
  });

  it('image list / show / add / delete', async () => {
    const linux = await env.json<{ name: string; os: string; category: string }[]>(['image', 'list', '--os', 'linux']);
    assert.ok(linux.length > 0);
    for (const image of linux) assert.equal(image.os, 'Linux');
    assert.ok(linux.some((i) => i.name === 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd'));
    const centos = await env.json<{ name: string; os: string; label: string }>(['image', 'show', 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd']);
    assert.deepEqual([centos.os, centos.label], ['Linux', 'OpenLogic CentOS 6.2']);
    assertDone(await env.json<Change>(['image', 'add', 'myimg', 'https://store1.blob.core.windows.net/vhds/base.vhd', 'Linux', '--label', 'Base']), ['osImages.add']);
    const mine = await env.json<{ name: string; os: string; label: string; mediaLink: string; category: string }>(['image', 'show', 'myimg']);
    assert.deepEqual([mine.name, mine.os, mine.label, mine.mediaLink], ['myimg', 'Linux', 'Base', 'https://store1.blob.core.windows.net/vhds/base.vhd']);
    const users = await env.json<{ name: string }[]>(['image', 'list', '--category', mine.category]);
    assert.ok(users.some((i) => i.name === 'myimg'));
    assertDone(await env.json<Change>(['image', 'delete', 'myimg', '--delete-vhd']), ['osImages.delete']);
    const gone = await env.run(['image', 'show', 'myimg', '--json']);
    assert.equal(gone.code, 1);
    assert.equal((JSON.parse(gone.stdout) as { error: { code: string } }).error.code, 'ResourceNotFound');
  });

  it('op show: the status of a finished operation', async () => {
    const created = await env.json<Change>(['service', 'create', 'svc2', 'East US']);
    const requestId = created.steps[0]?.requestId as string;
    const op = await env.json<{ id: string; status: string; httpStatusCode: number }>(['op', 'show', requestId]);
    assert.equal(op.status, 'Succeeded');
    assert.equal(op.id.replace(/-/g, ''), requestId);
    assert.equal(typeof op.httpStatusCode, 'number');
  });

  it('service delete --purge', async () => {
    assertDone(await env.json<Change>(['service', 'delete', 'svc2', '--purge']), ['hostedServices.delete']);
    assertDone(await env.json<Change>(['service', 'delete', 'svc1']), ['hostedServices.delete']);
    assert.deepEqual(await env.json(['service', 'list']), []);
  });
});
