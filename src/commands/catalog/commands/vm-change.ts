import { changeCommand } from '../change.ts';
import { arg, flag, opt, step } from '../define.ts';
import type { CommandInput, CommandSpec, OptionSpec } from '../types.ts';
import { imageName, text } from '../values.ts';
import { vmDelete } from './vm-delete.ts';
import { deploymentOption, describeTarget, serviceOption, vmArg, vmTarget } from './vm-values.ts';

const target = (input: CommandInput) => {
  const t = vmTarget(input);
  return { t, args: [t.service, t.deployment, t.name] as const, what: describeTarget(t) };
};

const syntax = (action: string, summary: string, risk: 'change' | 'destroy', options: readonly OptionSpec[], examples: readonly string[]) => ({
  resource: 'vm', action, summary, risk, args: [vmArg], options: [...options, serviceOption, deploymentOption], examples,
});

const start = changeCommand(syntax('start', 'Start a stopped VM.', 'change', [], ['vm start myvm']), (input) => {
  const { t, args, what } = target(input);
  return { summary: `Start VM ${t.name}`, steps: [step('start', `Start ${what}`, 'virtualMachines.start', [...args])] };
});

const stop = changeCommand(
  syntax('stop', 'Stop a VM (keeps its resources and billing unless --deallocate).', 'change',
    [{ name: 'deallocate', description: 'Release its compute resources (stops billing; the public IP may change).' }],
    ['vm stop myvm', 'vm stop myvm --deallocate']),
  (input) => {
    const { t, args, what } = target(input);
    const action = flag(input, 'deallocate') ? 'StoppedDeallocated' : 'Stopped';
    return {
      summary: `Stop VM ${t.name}${action === 'StoppedDeallocated' ? ' and deallocate it' : ''}`,
      steps: [step('stop', `Shut down ${what} (${action})`, 'virtualMachines.shutdown', [...args], { options: { postShutdownAction: action } })],
    };
  },
);

const restart = changeCommand(syntax('restart', 'Restart a VM.', 'change', [], ['vm restart myvm']), (input) => {
  const { t, args, what } = target(input);
  return { summary: `Restart VM ${t.name}`, steps: [step('restart', `Restart ${what}`, 'virtualMachines.restart', [...args])] };
});

const capture = changeCommand(
  {
    ...syntax('capture', 'Capture a VM as a VM image (stop it first; --generalized if you ran the deprovisioning tool).', 'change', [
      { name: 'generalized', description: 'The VM was generalized (waagent -deprovision / sysprep): new VMs from it are provisioned afresh.' },
      { name: 'label', type: text('label', 100), description: 'A label (default: the image name).' },
    ], ['vm capture myvm myvm-base --generalized']),
    args: [vmArg, { name: 'image-name', type: imageName, required: true, description: 'Name of the new VM image.' }],
  },
  (input) => {
    const { t, args, what } = target(input);
    const image = arg(input, 'image-name');
    const state = flag(input, 'generalized') ? 'Generalized' : 'Specialized';
    return {
      summary: `Capture VM ${t.name} as VM image ${image}`,
      steps: [step('capture', `Capture ${what} as ${state} VM image \`${image}\``, 'vmImages.capture', [
        ...args, { osState: state, vmImageName: image, vmImageLabel: opt(input, 'label') ?? image },
      ])],
    };
  },
);

export const vmChanges: readonly CommandSpec[] = [start, stop, restart, vmDelete, capture];
