// vm create planned with reads (as the worker and the CLI plan a command that runs), against the
// emulator: the SSH key's certificate is made only here, and a specialized VM image keeps its own
// users and keys. A fresh process shows that a preview never loads node-forge.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CATALOG, commandSettings, parseCommand, planCommand, presentHelp, renderText, type PlanContext, type RunCommand,
} from '../../../src/commands/index.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { openSshPublicKey, parsedRun } from '../../helpers/commands.ts';

/** A platform VM image of the emulator's catalog whose OS disk is specialized. */
const SPECIALIZED = '1acf693f34c74e86a50be61cb631ddfe__ClouderaGolden-202406-699696';

const parsed = (text: string): RunCommand => parsedRun(text, ['West US', 'East US']);

const sshKey = (): string => openSshPublicKey().line;

describe('vm create planned with reads', () => {
  let f: ContractFixture;
  let context: PlanContext;
  before(async () => {
    f = await startContract({ operationDelayMs: 10 });
    context = { settings: commandSettings({ vm: { vhdStorageAccount: 'vhdstore' } }), dryRun: false, client: f.client };
  });
  after(() => f.close());

  it('a plan that will run makes the SSH key certificate and provisions its thumbprint', async () => {
    const plan = await planCommand(parsed(`vm create key1 West US --ssh-key ${sshKey()}`), context);
    const add = plan.steps.find((s) => s.id === 'add-ssh-key');
    const [, certificate] = add?.args as [string, { data: string }];
    assert.match(certificate.data, /^MII[A-Za-z0-9+/=]+$/, 'base64 DER of a certificate');
    const role = (plan.steps.at(-1)?.args[1] as { role: { configurationSets: { ssh?: { publicKeys: { fingerprint: string }[] } }[] } }).role;
    const thumbprint = role.configurationSets[0]?.ssh?.publicKeys[0]?.fingerprint ?? '';
    assert.match(thumbprint, /^[0-9A-F]{40}$/);
    assert.equal(add?.title, `Add the SSH key (certificate ${thumbprint}) to \`key1\``);
    assert.ok(!plan.notes.some((n) => n.includes('made when the command is planned to run')), plan.notes.join('\n'));
  });

  it('a connected dry run is a preview too: no certificate', async () => {
    const plan = await planCommand(parsed(`vm create key2 West US --ssh-key ${sshKey()}`), { ...context, dryRun: true });
    assert.equal((plan.steps.find((s) => s.id === 'add-ssh-key')?.args[1] as { data: string }).data, '<made when the command runs>');
  });

  it('a specialized VM image: --user and --ssh-key are said to be unused, no key is uploaded, no password made', async () => {
    const plan = await planCommand(parsed(`vm create spec1 West US --vm-image ${SPECIALIZED} --user ops --ssh-key ${sshKey()}`), context);
    assert.deepEqual(plan.steps.map((s) => s.id), ['ensure-service', 'create-vm']);
    assert.deepEqual(plan.secrets, []);
    assert.ok(plan.notes.some((n) => n === `VM image ${SPECIALIZED} is specialized: the VM boots as it was captured, with its own users, passwords and keys; `
      + 'no admin user is set, and --user and --ssh-key are not used.'), plan.notes.join('\n'));
    assert.ok(!plan.notes.some((n) => n.startsWith('Admin user:')), 'the unused user is not echoed as the admin user');
    const role = (plan.steps[1]?.args[1] as { role: { configurationSets: { configurationSetType: string }[] } }).role;
    assert.deepEqual(role.configurationSets.map((c) => c.configurationSetType), ['NetworkConfiguration']);
  });

  it('a specialized VM image with neither option: the note says only that it boots as captured', async () => {
    const plan = await planCommand(parsed(`vm create spec2 West US --vm-image ${SPECIALIZED}`), context);
    assert.ok(plan.notes.some((n) => n.endsWith('with its own users, passwords and keys; no admin user is set.')), plan.notes.join('\n'));
  });

  it('offline, a VM image with --user: the preview says they are unused if the image is specialized', async () => {
    const plan = await planCommand(parsed('vm create spec3 West US --vm-image mycapture --user ops'), { settings: context.settings, dryRun: true });
    assert.ok(plan.notes.includes('Admin user: ops.'));
    assert.ok(plan.notes.includes('If VM image mycapture is specialized, --user is not used (known when the command runs).'), plan.notes.join('\n'));
  });

  it('help says which options a specialized image ignores', () => {
    const help = parseCommand('vm create --help');
    assert.ok(help.ok && help.command.kind === 'help');
    const text = renderText(presentHelp(CATALOG, help.command));
    assert.match(text, /--user <name>[^\n]*not used by a specialized --vm-image/);
    assert.match(text, /--ssh-key <public key>[^\n]*not used by a specialized --vm-image/);
  });
});

describe('the vm create preview in a fresh process', () => {
  const probe = fileURLToPath(new URL('./support/forge-probe.ts', import.meta.url));
  const loaded = (mode: string) => execFileSync(process.execPath, ['--disable-warning=ExperimentalWarning', probe, mode, sshKey()], { encoding: 'utf8' }).trim();

  it('never loads node-forge (no certificate, no RSA signing key) when planned without a client', () => {
    assert.equal(loaded('preview'), 'node-forge: no');
  });

  it('the probe sees node-forge when the certificate is made', () => {
    assert.equal(loaded('certificate'), 'node-forge: yes');
  });
});
