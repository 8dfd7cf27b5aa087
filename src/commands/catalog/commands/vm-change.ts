import { changeCommand } from '../change.ts';
import { arg, flag, opt, step } from '../define.ts';
import type { CommandInput, CommandSpec } from '../types.ts';
import { imageName, text } from '../values.ts';
import { deploymentOption, describeTarget, serviceOption, vmArg, vmTarget } from './vm-values.ts';

const target = (input: CommandInput) => {
  const t = vmTarget(input);
  return { t, args: [t.service, t.deployment, t.name] as const, what: describeTarget(t) };
};

export const vmChanges: readonly CommandSpec[] = [
  changeCommand(
    { resource: 'vm', action: 'start', summary: 'Start a stopped VM.', risk: 'change', args: [vmArg], options: [serviceOption, deploymentOption], examples: ['vm start myvm'] },
    (input) => {
      const { t, args, what } = target(input);
      return { summary: `Start VM ${t.name}`, steps: [step('start', `Start ${what}`, 'virtualMachines.start', [...args])] };
    },
  ),
  changeCommand(
    {
      resource: 'vm', action: 'stop', summary: 'Stop a VM (keeps its resources and billing unless --deallocate).', risk: 'change', args: [vmArg],
      options: [{ name: 'deallocate', description: 'Release its compute resources (stops billing; the public IP may change).' }, serviceOption, deploymentOption],
      examples: ['vm stop myvm', 'vm stop myvm --deallocate'],
    },
    (input) => {
      const { t, args, what } = target(input);
      const action = flag(input, 'deallocate') ? 'StoppedDeallocated' : 'Stopped';
      return { summary: `Stop VM ${t.name}${action === 'StoppedDeallocated' ? ' and deallocate it' : ''}`, steps: [step('stop', `Shut down ${what} (${action})`, 'virtualMachines.shutdown', [...args], { options: { postShutdownAction: action } })] };
    },
  ),
  changeCommand(
    { resource: 'vm', action: 'restart', summary: 'Restart a VM.', risk: 'change', args: [vmArg], options: [serviceOption, deploymentOption], examples: ['vm restart myvm'] },
    (input) => {
      const { t, args, what } = target(input);
      return { summary: `Restart VM ${t.name}`, steps: [step('restart', `Restart ${what}`, 'virtualMachines.restart', [...args])] };
    },
  ),
  changeCommand(
    {
      resource: 'vm', action: 'delete', summary: 'Delete a VM: its deployment (with its disks and VHDs unless --keep-vhd), then its cloud service.', risk: 'destroy', args: [vmArg],
      options: [{ name: 'keep-vhd', description: 'Keep the disks and their VHD blobs.' }, serviceOption, deploymentOption],
      examples: ['vm delete myvm', 'vm delete myvm --keep-vhd'],
    },
    (input) => {
      const { t } = target(input);
      const keep = flag(input, 'keep-vhd');
      return {
        summary: `Delete VM ${t.name}${keep ? ' (keeping its VHDs)' : ''}`,
        steps: [
          step('delete-deployment', `Delete deployment \`${t.deployment}\` of \`${t.service}\`${keep ? ' (keeping disks and VHDs)' : ' with its disks and VHDs'}`, 'deployments.delete', [t.service, t.deployment], { options: { deleteVhd: !keep } }),
          step('delete-service', `Delete cloud service \`${t.service}\``, 'hostedServices.delete', [t.service]),
        ],
      };
    },
  ),
  changeCommand(
    {
      resource: 'vm', action: 'capture', summary: 'Capture a VM as a VM image (stop it first; --generalized if you ran the deprovisioning tool).', risk: 'change',
      args: [vmArg, { name: 'image-name', type: imageName, required: true, description: 'Name of the new VM image.' }],
      options: [
        { name: 'generalized', description: 'The VM was generalized (waagent -deprovision / sysprep): new VMs from it are provisioned afresh.' },
        { name: 'label', type: text('label', 100), description: 'A label (default: the image name).' },
        serviceOption, deploymentOption,
      ],
      examples: ['vm capture myvm myvm-base --generalized'],
    },
    (input) => {
      const { t, args, what } = target(input);
      const image = arg(input, 'image-name');
      const state = flag(input, 'generalized') ? 'Generalized' : 'Specialized';
      return {
        summary: `Capture VM ${t.name} as VM image ${image}`,
        steps: [step('capture', `Capture ${what} as ${state} VM image \`${image}\``, 'vmImages.capture', [...args, { osState: state, vmImageName: image, vmImageLabel: opt(input, 'label') ?? image }])],
      };
    },
  ),
];
