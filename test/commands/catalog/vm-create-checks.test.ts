import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  commandSettings, commandSpec, isCommandError, planCommand, presentReport, renderText, type PlanContext, type RunCommand, type SecretSink,
} from '../../../src/commands/index.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { parsedRun } from '../../helpers/commands.ts';

const parsed = (text: string): RunCommand => parsedRun(text, ['West US', 'East US']);

const sink = (): SecretSink & { stored: string[] } => {
  const stored: string[] = [];
  return { stored, put: async (name) => { stored.push(name); return { location: `memory:${name}` }; } };
};

const refused = (code: string, pattern?: RegExp) => (error: unknown) =>
  isCommandError(error) && error.code === code && error.kind === 'usage' && (pattern === undefined || pattern.test(`${error.message} ${error.hint}`));

describe('vm create checks everything it can before any side effect', () => {
  let f: ContractFixture;
  let context: PlanContext;
  before(async () => {
    f = await startContract();
    context = { settings: commandSettings({ vm: { vhdStorageAccount: 'vhdstore' } }), dryRun: false, client: f.client, secrets: sink() };
    await f.wait(await f.client.hostedServices.create({ serviceName: 'east', label: 'east', location: 'East US' }));
    await f.wait(await f.client.hostedServices.create({ serviceName: 'busy', label: 'busy', location: 'West US' }));
    await f.wait(await f.client.virtualMachines.createDeployment('busy', {
      deploymentName: 'busydep',
      role: {
        roleName: 'first',
        configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'first', userName: 'azureuser', userPassword: 'Pa55w.rd-1234' }],
        osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: 'https://vhdstore.blob.core.windows.net/vhds/first.vhd' },
        roleSize: 'Small',
      },
    }));
  });
  after(() => f.close());

  it('a size the subscription does not list is refused with the closest ones; nothing is stored or created', async () => {
    const secrets = sink();
    await assert.rejects(planCommand(parsed('vm create huge1 West US --size Huge'), { ...context, secrets }), refused('INVALID_ROLE_SIZE', /Huge is not a VM size/));
    await assert.rejects(planCommand(parsed('vm create a1vm West US --size A1'), context), refused('INVALID_ROLE_SIZE', /`Small`/));
    await assert.rejects(planCommand(parsed('vm create d1vm West US --size Standard_D1_v3'), context), refused('INVALID_ROLE_SIZE', /Standard_D1/));
    assert.deepEqual(secrets.stored, []);
    await assert.rejects(f.client.hostedServices.get('huge1'), { statusCode: 404 });
  });

  it('a size in any case is written as the service spells it', async () => {
    const plan = await planCommand(parsed('vm create gs1 West US --size standard_gs1'), context);
    const role = (plan.steps.find((s) => s.id === 'create-vm')?.args[1] as { role: { roleSize: string } }).role;
    assert.equal(role.roleSize, 'Standard_GS1');
  });

  it('an existing --service in another location is refused', async () => {
    await assert.rejects(planCommand(parsed('vm create web1 West US --service east'), context),
      refused('SERVICE_IN_OTHER_LOCATION', /east is in East US.*not in West US/));
    const plan = await planCommand(parsed('vm create web1 East US --service east'), context);
    assert.match(plan.steps.find((s) => s.id === 'ensure-service')?.title ?? '', /exists: skipped/);
  });

  it('an occupied production slot is known before anything is created', async () => {
    await assert.rejects(planCommand(parsed('vm create second West US --service busy'), context), refused('SLOT_TAKEN', /busydep/));
  });

  it('without reading the subscription the plan says what is checked when it runs', async () => {
    const plan = await planCommand(parsed('vm create later West US --size Huge'), { settings: context.settings, dryRun: true });
    assert.ok(plan.notes.some((n) => /checked when the command runs/.test(n)));
  });

  it('a failed create says only what is true: what was left, no plan notes as facts', async () => {
    const command = parsed('vm create told West US');
    const plan = await planCommand(command, { ...context, dryRun: true });
    const spec = commandSpec('vm create');
    assert.ok(spec);
    const error = { code: 'BadRequest', message: 'The role size is not valid.', statusCode: 400 };
    const statuses = (failing: string) => {
      const at = plan.steps.findIndex((s) => s.id === failing);
      return plan.steps.map((s, i) => ({ id: s.id, call: s.call, title: s.title, status: i < at ? 'succeeded' as const : i === at ? 'failed' as const : 'not-run' as const }));
    };
    const outcome = { status: 'failed' as const, error, steps: statuses('create-vm') };
    const text = renderText(presentReport({ input: command, plan, outcome, result: spec.result(outcome, command, plan) }));
    assert.doesNotMatch(text, /Admin user|The OS disk goes to|was stored/);
    assert.match(text, /Done before the failure, and left in place: Create cloud service `told`/);
    assert.match(text, /The password of azureuser on VM told is in the secret store as `vm-told-told-admin-password-\d+`/);
    const nothing = { status: 'failed' as const, error, steps: statuses('generate-password') };
    const none = renderText(presentReport({ input: command, plan, outcome: nothing, result: spec.result(nothing, command, plan) }));
    assert.match(none, /Nothing was changed\./);
    assert.doesNotMatch(none, /is in the secret store|was stored/);
  });
});
