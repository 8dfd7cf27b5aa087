import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commandSettings, isCommandError, planCommand, type Plan, type PlanContext, type RunCommand, type SecretSink } from '../../../src/commands/index.ts';
import { openSshPublicKey, parsedRun } from '../../helpers/commands.ts';

const LOCATIONS = ['West US', 'East US'];

const parsed = (text: string): RunCommand => parsedRun(text, LOCATIONS);

/** A sink that keeps what it is given, to check what would be stored. */
function memorySink(): SecretSink & { readonly stored: Map<string, string> } {
  const stored = new Map<string, string>();
  return { stored, put: async (name, value) => { stored.set(name, value); return { location: `memory:${name}` }; } };
}

const base = (overrides: Partial<PlanContext> = {}): PlanContext => ({
  settings: commandSettings({ vm: { vhdStorageAccount: 'vhdstore' } }), dryRun: false, now: () => new Date('2024-05-06T07:08:09Z'), ...overrides,
});

describe('vm create plan', () => {
  it('generates the password, ensures the cloud service (skipped if it exists), then creates the VM deployment', async () => {
    const sink = memorySink();
    const plan = await planCommand(parsed('vm create myvm West US'), base({ secrets: sink }));
    assert.deepEqual(plan.steps.map((s) => [s.id, s.call, s.async]), [
      ['generate-password', 'secrets.generatePassword', false],
      ['ensure-service', 'hostedServices.create', true],
      ['create-vm', 'virtualMachines.createDeployment', true],
    ]);
    const [generate, ensure, create] = plan.steps;
    assert.deepEqual(generate?.args, ['vm-myvm-myvm-admin-password-20240506070809', { tags: { vm: 'myvm', service: 'myvm' } }]);
    assert.equal(generate?.title, 'Generate the admin password and keep it in the secret store as `vm-myvm-myvm-admin-password-20240506070809`');
    assert.deepEqual(ensure?.args, [{ serviceName: 'myvm', label: 'myvm', description: 'Created for VM myvm', location: 'West US' }]);
    assert.deepEqual(ensure?.skipIf, { call: 'hostedServices.get', args: ['myvm'] });
    const [service, input] = create?.args as [string, { deploymentName: string; role: Record<string, unknown> }];
    assert.equal(service, 'myvm');
    assert.equal(input.deploymentName, 'myvm');
    assert.deepEqual(input.role, {
      roleName: 'myvm',
      roleType: 'PersistentVMRole',
      configurationSets: [
        {
          configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'myvm', userName: 'azureuser',
          userPassword: { $secret: 'vm-myvm-myvm-admin-password-20240506070809' }, disableSshPasswordAuthentication: false,
        },
        { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
      ],
      osVirtualHardDisk: {
        sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd',
        mediaLink: 'https://vhdstore.blob.core.windows.net/vhds/myvm-myvm-20240506070809.vhd',
      },
      roleSize: 'Small',
      provisionGuestAgent: true,
    });
    assert.deepEqual(plan.secrets, [{ name: 'vm-myvm-myvm-admin-password-20240506070809', description: 'The password of azureuser on VM myvm' }]);
    assert.equal(sink.stored.size, 0, 'planning stores no secret: a step makes it when the plan runs');
  });

  it('planning, dry run or not, stores nothing and never holds a password', async () => {
    for (const dryRun of [false, true]) {
      const sink = memorySink();
      const plan = await planCommand(parsed('vm create myvm West US --size Medium --user ops'), base({ secrets: sink, dryRun }));
      assert.equal(sink.stored.size, 0);
      assert.deepEqual(plan.secrets, [{ name: 'vm-myvm-myvm-admin-password-20240506070809', description: 'The password of ops on VM myvm' }]);
      assert.doesNotMatch(JSON.stringify(plan), /"(userPassword|adminPassword)":"/);
    }
  });

  it('a Windows image gets Windows provisioning, a generated password and remote desktop', async () => {
    const sink = memorySink();
    const plan = await planCommand(parsed('vm create win1 West US --image Windows-Server-2012-R2'), base({ secrets: sink }));
    const role = (plan.steps[2]?.args[1] as { role: { configurationSets: Record<string, unknown>[] } }).role;
    assert.deepEqual(role.configurationSets[0], {
      configurationSetType: 'WindowsProvisioningConfiguration', computerName: 'win1', adminPassword: { $secret: 'vm-win1-win1-admin-password-20240506070809' },
      adminUsername: 'azureuser', resetPasswordOnFirstLogon: false, enableAutomaticUpdates: true,
    });
    assert.equal((role.configurationSets[1] as { inputEndpoints: { port: number }[] }).inputEndpoints[0]?.port, 3389);
    assert.equal(plan.steps[0]?.call, 'secrets.generatePassword');
  });

  it('refuses an SSH key for a Windows image and a Windows name over 15 characters', async () => {
    const key = `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.from([0, 0, 0, 1, 1, 0, 0, 0, 1, 7])]).toString('base64')}`;
    await assert.rejects(planCommand(parsed(`vm create win1 West US --image Windows-Server-2012 --ssh-key ${key}`), base({ secrets: memorySink() })), { code: 'SSH_KEY_NOT_FOR_WINDOWS' });
    await assert.rejects(planCommand(parsed('vm create averyveryverylongname West US --image Windows-Server-2012'), base({ secrets: memorySink() })), { code: 'NAME_TOO_LONG' });
  });

  it('plans without a secret store: the run keeps the password where it runs', async () => {
    const plan = await planCommand(parsed('vm create myvm West US'), base());
    assert.equal(plan.steps[0]?.id, 'generate-password');
  });

  it('honours --service and --deployment, and boots a VM image without an OS disk', async () => {
    const plan: Plan = await planCommand(parsed('vm create web1 West US --service shop --deployment prod --vm-image base-img'), base({ secrets: memorySink() }));
    assert.deepEqual(plan.steps[1]?.skipIf?.args, ['shop']);
    assert.deepEqual(plan.steps[0]?.args[1], { tags: { vm: 'web1', service: 'shop' } });
    const [service, input] = plan.steps[2]?.args as [string, { deploymentName: string; role: Record<string, unknown> }];
    assert.equal(service, 'shop');
    assert.equal(input.deploymentName, 'prod');
    assert.equal(input.role.vmImageName, 'base-img');
    assert.equal(input.role.osVirtualHardDisk, undefined);
  });
});

describe('vm create --ssh-key preview', () => {
  it('planned without a client (the Slack acknowledgement, an offline dry run): the key step is shown, its certificate made when the command runs', async () => {
    const key = openSshPublicKey().line;
    const sink = memorySink();
    const plan = await planCommand(parsed(`vm create web1 West US --ssh-key ${key} me@laptop`), base({ secrets: sink, dryRun: true }));
    assert.deepEqual(plan.steps.map((s) => s.call), ['hostedServices.create', 'serviceCertificates.add', 'virtualMachines.createDeployment']);
    const [service, certificate] = plan.steps[1]?.args as [string, { data: string; certificateFormat: string }];
    assert.equal(service, 'web1');
    assert.equal(certificate.certificateFormat, 'cer');
    assert.equal(certificate.data, '<made when the command runs>', 'no certificate is made for a preview');
    assert.equal(plan.steps[1]?.title, 'Add the SSH key (as a certificate made when the command runs) to `web1`');
    const role = (plan.steps[2]?.args[1] as { role: { configurationSets: Record<string, unknown>[] } }).role;
    const linux = role.configurationSets[0] as { userPassword?: unknown; disableSshPasswordAuthentication: boolean; ssh: { publicKeys: { fingerprint: string; path: string }[] } };
    assert.equal(linux.userPassword, undefined);
    assert.equal(linux.disableSshPasswordAuthentication, true);
    assert.equal(linux.ssh.publicKeys[0]?.fingerprint, '<thumbprint of the SSH key certificate>');
    assert.equal(linux.ssh.publicKeys[0]?.path, '/home/azureuser/.ssh/authorized_keys');
    assert.ok(plan.notes.some((n) => /certificate .* made when the command is planned to run/.test(n)), plan.notes.join('\n'));
    assert.deepEqual(plan.secrets, []);
  });

  it('a key cut short is refused while previewing too, with what to paste', async () => {
    // The type field only: what the option's own check looks at.
    const cut = `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa')]).toString('base64')}`;
    await assert.rejects(planCommand(parsed(`vm create web1 West US --ssh-key ${cut}`), base({ dryRun: true })), (error: unknown) => {
      assert.ok(isCommandError(error));
      assert.equal(error.code, 'INVALID_SSH_KEY');
      assert.equal(error.kind, 'usage');
      assert.match(error.hint, /id_rsa\.pub/);
      return true;
    });
  });
});
