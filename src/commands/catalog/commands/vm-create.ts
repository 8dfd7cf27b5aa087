import { CommandError } from '../../command-error.ts';
import type { PlanContext, PlanDraft } from '../../plan/context.ts';
import { secretName } from '../../plan/secrets.ts';
import type { PlanSecret, PlanStep } from '../../plan/types.ts';
import { changeCommand } from '../change.ts';
import { arg, opt, step } from '../define.ts';
import type { CommandInput, InputProblem } from '../types.ts';
import { imageName, location, roleSize, sshPublicKey, userName } from '../values.ts';
import { checkExistingService, checkRoleSize, readExistingService } from './vm-create-checks.ts';
import { vmRole } from './vm-create-role.ts';
import { createdForVm } from './vm-delete-target.ts';
import { bootSource, type BootSource } from './vm-create-source.ts';
import { SSH_KEY_LATER_NOTE, sshKeyCarrier } from './vm-create-ssh.ts';
import { osDiskLink } from './vm-create-vhd.ts';
import { deploymentOption, serviceOption, vmArg, vmTarget } from './vm-values.ts';

const usage = (code: string, message: string, hint: string) => new CommandError({ code, kind: 'usage', message, hint });

/** What only the image tells: no SSH key for Windows, and Windows computer names of at most 15 characters. */
function checkAgainstImage(source: BootSource, name: string, sshKey: string | undefined): void {
  if (source.os !== 'Windows') return;
  if (sshKey !== undefined) {
    throw usage('SSH_KEY_NOT_FOR_WINDOWS', 'The image is a Windows image; --ssh-key is for Linux VMs.',
      'Leave out --ssh-key: Windows VMs get a generated password, stored for you.');
  }
  if (name.length > 15) {
    throw usage('NAME_TOO_LONG', `A Windows computer name has at most 15 characters; ${name} has ${name.length}.`,
      'Choose a shorter VM name (the cloud service can keep a longer one with --service).');
  }
}

/** Everything the service would refuse after the cloud service was created is checked first (reads only). */
async function checkBeforeAnything(input: CommandInput, t: ReturnType<typeof vmTarget>, where: string, context: PlanContext) {
  const size = opt(input, 'size') ?? context.settings.vm.size;
  if (context.client === undefined) return { size, existing: undefined };
  const options = context.abortSignal ? { abortSignal: context.abortSignal } : {};
  const checked = await checkRoleSize(size, context.client, options);
  const existing = await readExistingService(t.service, context.client, options);
  if (existing !== undefined) checkExistingService(existing, where, t.deployment);
  return { size: checked, existing };
}

/** What the plan tells about the admin user: a specialized image keeps its own users and keys. */
function userNotes(source: BootSource, input: CommandInput, user: string, sshKey: string | undefined, vmImage: string | undefined): string[] {
  const given = [...(input.options.user !== undefined ? ['--user'] : []), ...(sshKey !== undefined ? ['--ssh-key'] : [])];
  if (!source.generalized) {
    return [`VM image ${vmImage} is specialized: the VM boots as it was captured, with its own users, passwords and keys; `
      + `no admin user is set${given.length > 0 ? `, and ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} not used` : ''}.`];
  }
  const notes = [`Admin user: ${user}${sshKey !== undefined ? ' (SSH key only, no password)' : ''}.`];
  if (vmImage !== undefined && source.note !== undefined && given.length > 0) {
    notes.push(`If VM image ${vmImage} is specialized, ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} not used (known when the command runs).`);
  }
  return notes;
}

async function plan(input: CommandInput, context: PlanContext): Promise<PlanDraft> {
  const t = vmTarget(input);
  const where = arg(input, 'location');
  const defaults = context.settings.vm;
  const vmImage = opt(input, 'vm-image');
  const osImage = vmImage === undefined ? opt(input, 'image') ?? defaults.image : undefined;
  const user = opt(input, 'user') ?? defaults.adminUser;
  const sshKey = opt(input, 'ssh-key');
  const { size, existing } = await checkBeforeAnything(input, t, where, context);
  const source = await bootSource({ ...(osImage ? { osImage } : {}), ...(vmImage ? { vmImage } : {}) }, context);
  checkAgainstImage(source, t.name, sshKey);
  const disk = vmImage === undefined ? await osDiskLink(where, `${t.service}-${t.name}`, context) : undefined;
  const secrets: PlanSecret[] = [];
  if (source.generalized && (source.os === 'Windows' || sshKey === undefined)) {
    // A new name per plan: a secret of an earlier VM of the same name is never overwritten.
    const stamp = (context.now?.() ?? new Date()).toISOString().replace(/\D/g, '').slice(0, 14);
    secrets.push({ name: secretName('vm', t.service, t.name, 'admin-password', stamp), description: `The password of ${user} on VM ${t.name}` });
  }
  // A specialized image is not provisioned: its key would go nowhere.
  const key = sshKey === undefined || !source.generalized ? undefined : await sshKeyCarrier(sshKey, `${user}@${t.name}`, context);
  const role = vmRole({
    name: t.name, user, size, source,
    ...(osImage ? { osImage } : {}), ...(vmImage ? { vmImage } : {}), ...(disk ? { mediaLink: disk.mediaLink } : {}),
    ...(secrets[0] ? { passwordSecret: secrets[0].name } : {}), ...(key ? { sshThumbprint: key.thumbprint } : {}),
  });
  const steps: PlanStep[] = [
    // The password is made after any approval, by the run, and never enters the plan.
    ...secrets.map((secret) => step('generate-password', `Generate the admin password and keep it in the secret store as \`${secret.name}\``,
      'secrets.generatePassword', [secret.name, { tags: { vm: t.name, service: t.service } }])),
    step('ensure-service', `Create cloud service \`${t.service}\` in ${where} (${existing ? 'exists: skipped' : 'skipped if it exists'})`, 'hostedServices.create',
      [{ serviceName: t.service, label: t.service, description: createdForVm(t.name), location: where }], { skipIf: { call: 'hostedServices.get', args: [t.service] } }),
    ...(disk?.newAccount === undefined ? [] : [
      step('create-storage', `Create storage account \`${disk.newAccount}\` in ${where} for the VM's disks`, 'storageAccounts.create',
        [{ serviceName: disk.newAccount, label: disk.newAccount, description: `VM disks (created for VM ${t.name})`, location: where, accountType: 'Standard_LRS' }],
        { skipIf: { call: 'storageAccounts.get', args: [disk.newAccount] } }),
    ]),
    ...(key === undefined ? [] : [
      step('add-ssh-key', key.made ? `Add the SSH key (certificate ${key.thumbprint}) to \`${t.service}\`` : `Add the SSH key (as a certificate made when the command runs) to \`${t.service}\``,
        'serviceCertificates.add', [t.service, { data: key.data, certificateFormat: 'cer', password: '' }]),
    ]),
    step('create-vm', `Create VM \`${t.name}\` (${source.os}, ${size}, ${vmImage ?? osImage}) as deployment \`${t.deployment}\``,
      'virtualMachines.createDeployment', [t.service, { deploymentName: t.deployment, label: t.deployment, role }]),
  ];
  const notes = [
    ...userNotes(source, input, user, sshKey, vmImage),
    ...(key !== undefined && !key.made ? [SSH_KEY_LATER_NOTE] : []),
    ...(context.client === undefined ? ['The size, the cloud service (location, free production slot) and the image are checked when the command runs.'] : []),
    ...(source.note ? [source.note] : []),
    ...(disk?.note ? [disk.note] : []),
  ];
  return { summary: `Create VM ${t.name} in ${where}`, steps, secrets, notes };
}

const oneImage = (input: CommandInput): InputProblem | undefined => (input.options.image !== undefined && input.options['vm-image'] !== undefined
  ? { code: 'CONFLICTING_OPTIONS', message: 'Give --image or --vm-image, not both.', hint: 'An OS image (--image) or a captured VM image (--vm-image): keep one.' }
  : undefined);

export const vmCreate = changeCommand(
  {
    resource: 'vm', action: 'create', risk: 'change',
    summary: 'Create a VM: its cloud service (unless it exists), then the VM. Passwords are generated, never typed.',
    args: [vmArg, { name: 'location', type: location, required: true, description: 'Where it runs, e.g. West US.' }],
    options: [
      { name: 'image', type: imageName, valueName: 'image', description: 'OS image (default from configuration; see `image list`).' },
      { name: 'size', type: roleSize, valueName: 'size', description: 'Role size, e.g. Small, Medium, A5 (default from configuration).' },
      { name: 'user', type: userName, valueName: 'name', description: 'Admin user (default from configuration; not used by a specialized --vm-image).' },
      {
        name: 'ssh-key', type: sshPublicKey, valueName: 'public key',
        description: 'Linux: log in with this OpenSSH RSA public key instead of a generated password (not used by a specialized --vm-image).',
      },
      {
        name: 'vm-image', type: imageName, valueName: 'captured image',
        description: 'Boot from a VM image (see `vm-image list`) instead of an OS image.',
      },
      serviceOption, deploymentOption,
    ],
    examples: ['vm create myvm West US', 'vm create web1 westus --size Medium --ssh-key "ssh-rsa AAAA… me@laptop"', 'vm create web2 West US --vm-image mycapture'],
    check: oneImage,
  },
  plan,
);
