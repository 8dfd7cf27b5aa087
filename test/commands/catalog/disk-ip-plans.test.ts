import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commandSettings, isCommandError, parseCommand, planCommand, presentPlan, type PlanContext, type RunCommand } from '../../../src/commands/index.ts';
import type { Role } from '../../../src/management/index.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { parsedRun } from '../../helpers/commands.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';
const vmRole = (roleName: string, roleSize = 'Small'): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
  ],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://vmstore.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize,
});

const parsed = (text: string): RunCommand => parsedRun(text, ['West US', 'East US']);

const refused = (code: string, pattern?: RegExp) => (error: unknown) =>
  isCommandError(error) && error.code === code && error.kind === 'usage' && (pattern === undefined || pattern.test(`${error.message} ${error.hint}`));

describe('disk, vm disk and reserved-ip plans, read from the emulator', () => {
  let f: ContractFixture;
  let context: PlanContext;
  let lun0Disk = '';
  let osDisk = '';

  before(async () => {
    f = await startContract();
    context = { settings: commandSettings(), dryRun: true, client: f.client, now: () => new Date('2024-05-06T07:08:09Z') };
    for (const [name, size] of [['dsk1', 'Small'], ['tiny', 'ExtraSmall']] as const) {
      await f.wait(await f.client.hostedServices.create({ serviceName: name, label: name, location: 'West US' }));
      await f.wait(await f.client.virtualMachines.createDeployment(name, { deploymentName: name, role: vmRole(name, size) }));
    }
    await f.wait(await f.client.dataDisks.add('dsk1', 'dsk1', 'dsk1', { lun: 0, logicalDiskSizeInGB: 20, mediaLink: 'https://vmstore.blob.core.windows.net/vhds/dsk1-d0.vhd' }));
    await f.wait(await f.client.dataDisks.add('tiny', 'tiny', 'tiny', { lun: 0, logicalDiskSizeInGB: 5, mediaLink: 'https://vmstore.blob.core.windows.net/vhds/tiny-d0.vhd' }));
    await f.client.disks.add({ name: 'spare', label: 'spare', mediaLink: 'https://vmstore.blob.core.windows.net/vhds/spare.vhd' });
    lun0Disk = (await f.client.dataDisks.get('dsk1', 'dsk1', 'dsk1', 0)).diskName ?? '';
    osDisk = (await f.client.deployments.getByName('dsk1', 'dsk1')).roleList?.[0]?.osVirtualHardDisk?.diskName ?? '';
    await f.wait(await f.client.reservedIPs.create({ name: 'free-ip', location: 'West US' }));
    await f.wait(await f.client.reservedIPs.create({ name: 'used-ip', location: 'West US' }));
    await f.wait(await f.client.reservedIPs.associate('used-ip', { serviceName: 'dsk1', deploymentName: 'dsk1' }));
  });
  after(() => f.close());

  it('vm disk attach <size>: the first free LUN, a new VHD next to the OS disk', async () => {
    const plan = await planCommand(parsed('vm disk attach dsk1 10'), context);
    assert.deepEqual(plan.steps.map((s) => [s.call, s.args, s.async]), [[
      'dataDisks.add',
      ['dsk1', 'dsk1', 'dsk1', { lun: 1, logicalDiskSizeInGB: 10, mediaLink: 'https://vmstore.blob.core.windows.net/vhds/dsk1-data-1-20240506070809.vhd' }],
      true,
    ]]);
    assert.equal(plan.risk, 'change');
    assert.match(JSON.stringify(presentPlan(plan)), /Attach a new 10 GB data disk to VM `dsk1` at LUN 1/);
  });

  it('vm disk attach --disk: a free data disk, as it is; taken, OS or unknown disks are refused', async () => {
    const plan = await planCommand(parsed('vm disk attach dsk1 --disk spare --caching ReadOnly'), context);
    assert.deepEqual(plan.steps[0]?.args, ['dsk1', 'dsk1', 'dsk1', { lun: 1, diskName: 'spare', hostCaching: 'ReadOnly' }]);
    await assert.rejects(planCommand(parsed(`vm disk attach tiny --disk ${lun0Disk}`), context), refused('DISK_ATTACHED', /VM dsk1/));
    await assert.rejects(planCommand(parsed(`vm disk attach dsk1 --disk ${osDisk} --lun 1`), context), refused('NOT_A_DATA_DISK'));
    await assert.rejects(planCommand(parsed('vm disk attach dsk1 --disk nosuch'), context), refused('DISK_NOT_FOUND'));
  });

  it('LUNs: a taken one, one beyond the size, and a VM whose size takes no more are refused before anything runs', async () => {
    await assert.rejects(planCommand(parsed('vm disk attach dsk1 10 --lun 0'), context), refused('LUN_TAKEN'));
    await assert.rejects(planCommand(parsed('vm disk attach dsk1 10 --lun 2'), context), refused('LUN_OUT_OF_RANGE', /LUNs 0 to 1/));
    await assert.rejects(planCommand(parsed('vm disk attach tiny 10'), context), refused('NO_FREE_LUN', /ExtraSmall/));
    await assert.rejects(planCommand(parsed('vm disk attach ghost 10'), context), refused('VM_NOT_FOUND'));
  });

  it('vm disk detach names exactly the disk that goes, and only it', async () => {
    const plan = await planCommand(parsed('vm disk detach dsk1 --lun 0'), context);
    assert.equal(plan.risk, 'destroy');
    assert.deepEqual(plan.steps.map((s) => [s.call, s.args, s.options]), [['dataDisks.delete', ['dsk1', 'dsk1', 'dsk1', 0], { deleteVhd: true }]]);
    assert.deepEqual(plan.notes, [`Detached and deleted with its VHD blob: LUN 0: ${lun0Disk} (20 GB, https://vmstore.blob.core.windows.net/vhds/dsk1-d0.vhd).`, 'Kept: VM dsk1.']);
    const keep = await planCommand(parsed('vm disk detach dsk1 --lun 0 --keep-vhd'), context);
    assert.deepEqual(keep.steps[0]?.options, { deleteVhd: false });
    assert.match(keep.notes[0] ?? '', /^Detached and kept: LUN 0/);
    await assert.rejects(planCommand(parsed('vm disk detach dsk1 --lun 1'), context), refused('NO_DISK_AT_LUN', new RegExp(`LUN 0: ${lun0Disk}`)));
  });

  it('disk delete: a free disk with its VHD, named; an attached disk is refused with what to do', async () => {
    const plan = await planCommand(parsed('disk delete spare'), context);
    assert.deepEqual(plan.steps.map((s) => [s.call, s.args, s.options, s.async]), [['disks.delete', ['spare'], { deleteVhd: true }, false]]);
    assert.deepEqual(plan.notes, ['Disk deleted: spare, with its VHD blob (https://vmstore.blob.core.windows.net/vhds/spare.vhd).']);
    await assert.rejects(planCommand(parsed(`disk delete ${lun0Disk}`), context), refused('DISK_ATTACHED', /vm disk detach/));
    await assert.rejects(planCommand(parsed(`disk delete ${osDisk}`), context), refused('DISK_ATTACHED', /vm delete dsk1/));
    await assert.rejects(planCommand(parsed('disk delete nosuch'), context), refused('DISK_NOT_FOUND'));
  });

  it('reserved-ip delete names the address; one in use is refused; assign and unassign find the production deployment', async () => {
    const free = await f.client.reservedIPs.get('free-ip');
    const plan = await planCommand(parsed('reserved-ip delete free-ip'), context);
    assert.deepEqual(plan.steps.map((s) => [s.call, s.args]), [['reservedIPs.delete', ['free-ip']]]);
    assert.match(plan.notes[0] ?? '', new RegExp(`free-ip, address ${free.address?.replace(/\./g, '\\.')} in West US`));
    await assert.rejects(planCommand(parsed('reserved-ip delete used-ip'), context), refused('RESERVED_IP_IN_USE', /reserved-ip unassign used-ip dsk1/));
    const assign = await planCommand(parsed('reserved-ip assign free-ip tiny'), context);
    assert.deepEqual(assign.steps.map((s) => [s.call, s.args]), [['reservedIPs.associate', ['free-ip', { serviceName: 'tiny', deploymentName: 'tiny' }]]]);
    await assert.rejects(planCommand(parsed('reserved-ip assign used-ip tiny'), context), refused('RESERVED_IP_IN_USE'));
    await assert.rejects(planCommand(parsed('reserved-ip assign used-ip dsk1'), context), refused('ALREADY_ASSIGNED'));
    const unassign = await planCommand(parsed('reserved-ip unassign used-ip dsk1'), context);
    assert.deepEqual(unassign.steps.map((s) => [s.call, s.args]), [['reservedIPs.disassociate', ['used-ip', { serviceName: 'dsk1', deploymentName: 'dsk1' }]]]);
    await assert.rejects(planCommand(parsed('reserved-ip unassign free-ip tiny'), context), refused('NOT_ASSIGNED'));
    await assert.rejects(planCommand(parsed('reserved-ip assign free-ip nosvc'), context), refused('DEPLOYMENT_NOT_FOUND'));
  });

  it('planned without reading the subscription, the commands that must read first plan nothing and say so', async () => {
    const offline = { settings: commandSettings(), dryRun: true };
    for (const text of ['vm disk attach dsk1 10', 'vm disk detach dsk1 --lun 0', 'reserved-ip assign free-ip tiny', 'reserved-ip unassign used-ip dsk1']) {
      const plan = await planCommand(parsed(text), offline);
      assert.deepEqual(plan.steps, [], text);
      assert.match(plan.notes[0] ?? '', /^Resolved when the command runs/, text);
    }
  });

  it('op list asks for the window --since gives, ending now', async () => {
    const plan = await planCommand(parsed('op list --since 30m --status Failed'), context);
    assert.deepEqual(plan.steps.map((s) => [s.call, s.args]), [['subscription.listOperations', [{ startTime: '2024-05-06T06:38:09Z', endTime: '2024-05-06T07:08:09Z', operationResultFilter: 'Failed' }]]]);
    const dflt = await planCommand(parsed('op list'), context);
    assert.equal((dflt.steps[0]?.args[0] as { startTime: string }).startTime, '2024-05-06T06:08:09Z');
    for (const bad of ['op list --since 91d', 'op list --since soon', 'op list --since 0h']) assert.equal(parseCommand(bad).ok, false, bad);
  });
});
