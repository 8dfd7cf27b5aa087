import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commandSettings, planCommand, type PlanContext, type RunCommand } from '../../../src/commands/index.ts';
import { newVhdAccountName } from '../../../src/commands/catalog/commands/vm-create-vhd.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { openSshPublicKey, parsedRun } from '../../helpers/commands.ts';

const parsed = (text: string): RunCommand => parsedRun(text, ['West US', 'East US']);

const sshKey = (): string => openSshPublicKey().line;

describe('vm create on a subscription with no storage account in the location', () => {
  let f: ContractFixture;
  let context: PlanContext;
  before(async () => {
    f = await startContract({ operationDelayMs: 10 });
    context = { settings: commandSettings(), dryRun: false, client: f.client };
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'eaststore', label: 'eaststore', location: 'East US' }));
  });
  after(() => f.close());

  it('plans a new storage account (portal-style name) for the OS disk, says so, and the plan runs', async () => {
    const plan = await planCommand(parsed(`vm create fresh1 West US --ssh-key ${sshKey()}`), context);
    const create = plan.steps.find((s) => s.id === 'create-storage');
    assert.ok(create, plan.steps.map((s) => s.id).join(', '));
    const account = (create.args[0] as { serviceName: string; location: string }).serviceName;
    assert.match(account, /^portalvhds[a-z0-9]{12}$/);
    assert.equal((create.args[0] as { location: string }).location, 'West US');
    assert.deepEqual(create.skipIf, { call: 'storageAccounts.get', args: [account] });
    assert.deepEqual(plan.steps.map((s) => s.id), ['ensure-service', 'create-storage', 'add-ssh-key', 'create-vm']);
    const role = (plan.steps[3]?.args[1] as { role: { osVirtualHardDisk: { mediaLink: string } } }).role;
    assert.match(role.osVirtualHardDisk.mediaLink, new RegExp(`^https://${account}\\.blob\\.core\\.windows\\.net/vhds/fresh1-fresh1-\\d{14}\\.vhd$`));
    assert.ok(plan.notes.some((n) => n.includes(`creates storage account ${account}`)), plan.notes.join('\n'));

    // The service takes the steps as planned: each call made with the plan's arguments, in order.
    for (const step of plan.steps) {
      const [group, method] = step.call.split('.') as [string, string];
      const target = (f.client as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<{ requestId: string }>>>)[group];
      const operation = await target?.[method]?.call(target, ...step.args, step.options ?? {});
      if (step.async && operation) await f.wait(operation);
    }
    assert.equal((await f.client.storageAccounts.get(account)).storageServiceProperties?.location, 'West US');
    assert.equal((await f.client.deployments.getByName('fresh1', 'fresh1')).roleList?.[0]?.roleName, 'fresh1');
  });

  it('uses an account already in the location instead', async () => {
    const plan = await planCommand(parsed(`vm create fresh2 East US --ssh-key ${sshKey()}`), context);
    assert.equal(plan.steps.find((s) => s.id === 'create-storage'), undefined);
    assert.ok(plan.notes.includes('The OS disk goes to storage account eaststore.'));
  });

  it('generated names are 3–24 lowercase letters and digits, and avoid the names given', () => {
    const names = Array.from({ length: 50 }, () => newVhdAccountName());
    for (const name of names) assert.match(name, /^[a-z0-9]{3,24}$/);
    assert.equal(new Set(names).size, names.length);
  });
});
