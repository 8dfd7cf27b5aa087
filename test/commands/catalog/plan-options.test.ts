import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commandSettings, commandSpec, planCommand, type Plan, type RunCommand } from '../../../src/commands/index.ts';
import { parsedRun } from '../../helpers/commands.ts';

const LOCATIONS = ['West US', 'East US', 'West Europe'];
const CSCFG = '<ServiceConfiguration serviceName="app"><Role name="Web"><Instances count="1" /></Role></ServiceConfiguration>';
const PKG = 'https://a.blob.core.windows.net/p/app.cspkg';
const CFG = 'https://a.blob.core.windows.net/p/app.cscfg';
const context = { settings: commandSettings(), dryRun: true, fetchServiceConfiguration: async () => CSCFG };

const parsed = (text: string): RunCommand => parsedRun(text, LOCATIONS);

const calls = (plan: Plan) => plan.steps.map((s) => [s.call, s.args, s.options ?? {}]);

/** Each option changes the management call it should, and only that. */
const TABLE: readonly (readonly [string, readonly (readonly [string, readonly unknown[], Record<string, unknown>])[]])[] = [
  ['service delete mysvc', [['hostedServices.delete', ['mysvc'], { complete: false }]]],
  ['service delete mysvc --purge', [['hostedServices.delete', ['mysvc'], { complete: true }]]],
  ['service create mysvc --affinity-group myag --label Web --description "Front end"', [
    ['hostedServices.create', [{ serviceName: 'mysvc', label: 'Web', description: 'Front end', affinityGroup: 'myag' }], {}]]],
  ['deployment show mysvc', [['deployments.getBySlot', ['mysvc', 'production'], {}]]],
  ['deployment show mysvc --slot staging', [['deployments.getBySlot', ['mysvc', 'staging'], {}]]],
  ['deployment show mysvc --name v2', [['deployments.getByName', ['mysvc', 'v2'], {}]]],
  [`deployment create mysvc v1 --package ${PKG} --config ${CFG}`, [
    ['deployments.create', ['mysvc', 'production', { name: 'v1', packageUrl: PKG, label: 'v1', configuration: CSCFG, startDeployment: false }], {}]]],
  [`deployment create mysvc v1 --package ${PKG} --config ${CFG} --slot staging --start`, [
    ['deployments.create', ['mysvc', 'staging', { name: 'v1', packageUrl: PKG, label: 'v1', configuration: CSCFG, startDeployment: true }], {}]]],
  [`deployment config mysvc v1 --config ${CFG}`, [['deployments.changeConfiguration', ['mysvc', 'v1', { configuration: CSCFG, mode: 'Auto' }], {}]]],
  ['deployment start mysvc v1', [['deployments.updateStatus', ['mysvc', 'v1', 'Running'], {}]]],
  ['deployment suspend mysvc v1', [['deployments.updateStatus', ['mysvc', 'v1', 'Suspended'], {}]]],
  ['deployment delete mysvc v1', [['deployments.delete', ['mysvc', 'v1'], { deleteVhd: false }]]],
  ['storage create mystore West US', [
    ['storageAccounts.create', [{ serviceName: 'mystore', label: 'mystore', location: 'West US', accountType: 'Standard_GRS' }], {}]]],
  ['storage create mystore --affinity-group myag --type standard_ragrs --label Disks --description "VM disks"', [
    ['storageAccounts.create', [{ serviceName: 'mystore', label: 'Disks', description: 'VM disks', affinityGroup: 'myag', accountType: 'Standard_RAGRS' }], {}]]],
  ['affinity-group create myag west europe --description "EU tier"', [
    ['affinityGroups.create', [{ name: 'myag', label: 'myag', description: 'EU tier', location: 'West Europe' }], {}]]],
  ['image add myimg https://a.blob.core.windows.net/v/b.vhd windows --label Base', [
    ['osImages.add', [{ name: 'myimg', label: 'Base', mediaLink: 'https://a.blob.core.windows.net/v/b.vhd', os: 'Windows' }], {}]]],
  ['image delete myimg', [['osImages.delete', ['myimg'], { deleteVhd: false }]]],
  ['image delete myimg --delete-vhd', [['osImages.delete', ['myimg'], { deleteVhd: true }]]],
  ['vm list mysvc', [['hostedServices.get', ['mysvc'], { embedDetail: true }]]],
  ['vm stop myvm', [['virtualMachines.shutdown', ['myvm', 'myvm', 'myvm'], { postShutdownAction: 'Stopped' }]]],
  ['vm stop myvm --deallocate --service shop', [['virtualMachines.shutdown', ['shop', 'shop', 'myvm'], { postShutdownAction: 'StoppedDeallocated' }]]],
  ['vm start myvm --service shop --deployment prod', [['virtualMachines.start', ['shop', 'prod', 'myvm'], {}]]],
  ['vm restart myvm', [['virtualMachines.restart', ['myvm', 'myvm', 'myvm'], {}]]],
  ['vm capture myvm base', [['vmImages.capture', ['myvm', 'myvm', 'myvm', { osState: 'Specialized', vmImageName: 'base', vmImageLabel: 'base' }], {}]]],
  ['vm capture myvm base --generalized --label Base', [
    ['vmImages.capture', ['myvm', 'myvm', 'myvm', { osState: 'Generalized', vmImageName: 'base', vmImageLabel: 'Base' }], {}]]],
  ['vm-image list --location westus --publisher Me --category User', [['vmImages.list', [], { location: 'West US', publisher: 'Me', category: 'User' }]]],
  ['vm-image delete base', [['vmImages.delete', ['base'], { deleteVhd: false }]]],
  ['vm-image delete base --delete-vhd', [['vmImages.delete', ['base'], { deleteVhd: true }]]],
  ['op show 0E5B8B8B-D9B2-4C1A-8F1F-6C4F3C2B1A00', [['operations.get', ['0e5b8b8bd9b24c1a8f1f6c4f3c2b1a00'], {}]]],
];

describe('plans follow the options', () => {
  for (const [text, expected] of TABLE) {
    it(text, async () => {
      const plan = await planCommand(parsed(text), context);
      assert.deepEqual(calls(plan), expected);
    });
  }

  it('deployment swap needs to read the service first: offline it says so', async () => {
    await assert.rejects(planCommand(parsed('deployment swap mysvc'), context), { code: 'NEEDS_CONNECTION', kind: 'usage' });
  });
});

describe('read commands filter what the service returns by their options', () => {
  const outcomeOf = (result: unknown) => ({ status: 'succeeded' as const, steps: [{ id: 'list', call: 'x', title: 'x', status: 'succeeded' as const, result }] });
  const resultOf = async (text: string, data: unknown) => {
    const command = parsed(text);
    const spec = commandSpec(command.id);
    assert.ok(spec);
    return spec.result(outcomeOf(data), command, await planCommand(command, context));
  };

  it('image list --category --os', async () => {
    const images = [
      { name: 'a', os: 'Linux', category: 'Public' }, { name: 'b', os: 'Windows', category: 'Public' },
      { name: 'c', os: 'Linux', category: 'User' }, { name: 'd', os: 'Windows', category: 'User' },
    ];
    assert.deepEqual(await resultOf('image list', images), images);
    assert.deepEqual((await resultOf('image list --os windows', images) as { name: string }[]).map((i) => i.name), ['b', 'd']);
    assert.deepEqual((await resultOf('image list --category user', images) as { name: string }[]).map((i) => i.name), ['c', 'd']);
    assert.deepEqual((await resultOf('image list --category User --os Linux', images) as { name: string }[]).map((i) => i.name), ['c']);
  });

  it('os list --family', async () => {
    const systems = [{ version: 'x', family: 2 }, { version: 'y', family: 4 }, { version: 'z', family: 4 }];
    assert.deepEqual((await resultOf('os list --family 4', systems) as { version: string }[]).map((o) => o.version), ['y', 'z']);
    assert.equal((await resultOf('os list', systems) as unknown[]).length, 3);
  });
});
