import type { PlanContext, PlanDraft } from '../../plan/context.ts';
import type { PlanStep } from '../../plan/types.ts';
import { changeCommand } from '../change.ts';
import { arg, flag, opt, step } from '../define.ts';
import type { CommandInput } from '../types.ts';
import { disksOf, readDeleteTarget, serviceGoesWith, type DeleteTarget } from './vm-delete-target.ts';
import { deploymentOption, serviceOption, vmArg } from './vm-values.ts';

const list = (items: readonly string[]) => items.join(', ');

function offline(vm: string, service: string, deployment: string | undefined, keep: boolean): PlanDraft {
  const where = deployment === undefined ? `the production deployment of cloud service ${service}` : `deployment ${deployment} of cloud service ${service}`;
  return {
    summary: `Delete VM ${vm}${keep ? ' (keeping its disks)' : ''}`,
    steps: [],
    notes: [
      `Resolved when the command runs: it reads ${where} and deletes only VM ${vm}${keep ? '' : ' with its disks'}.`,
      'The deployment goes only if the VM is its last role; the cloud service only if it is then empty and was created for the VM.',
    ],
  };
}

function stepsFor(t: DeleteTarget, keep: boolean): { steps: PlanStep[]; notes: string[] } {
  const vm = t.role.roleName;
  const disks = disksOf(t.role);
  const diskNote = disks.length === 0 ? [] : [keep ? `Disks kept (with their VHDs): ${list(disks)}.` : `Disks deleted with their VHD blobs: ${list(disks)}.`];
  const withDisks = keep ? ' (keeping its disks)' : ' with its disks';
  if (t.others.length > 0) {
    return {
      steps: [step('delete-role', `Delete VM \`${vm}\` from deployment \`${t.deployment.name}\` of \`${t.service}\`${withDisks}`,
        'virtualMachines.deleteRole', [t.service, t.deployment.name, vm], { options: { deleteVhd: !keep } })],
      notes: [
        `VM deleted: ${vm}.`, ...diskNote,
        `Kept: the other roles of deployment ${t.deployment.name} (${list(t.others.map((r) => r.roleName))}), the deployment and cloud service ${t.service}.`,
      ],
    };
  }
  const steps = [step('delete-deployment', `Delete deployment \`${t.deployment.name}\` of \`${t.service}\` (its only VM, \`${vm}\`)${withDisks}`,
    'deployments.delete', [t.service, t.deployment.name], { options: { deleteVhd: !keep } })];
  const notes = [`VM deleted: ${vm}, the last role of deployment ${t.deployment.name}, which goes too.`, ...diskNote];
  if (t.hostedService !== undefined && serviceGoesWith(t.hostedService, t.deployment.name, vm)) {
    steps.push(step('delete-service', `Delete cloud service \`${t.service}\` (created for VM \`${vm}\`, then empty)`, 'hostedServices.delete', [t.service]));
    notes.push(`Cloud service deleted: ${t.service}.`);
  } else {
    notes.push(`Kept: cloud service ${t.service} (it has other deployments or was not created for this VM; \`service delete ${t.service}\` removes it).`);
  }
  return { steps, notes };
}

async function plan(input: CommandInput, context: PlanContext): Promise<PlanDraft> {
  const vm = arg(input, 'name');
  const service = opt(input, 'service') ?? vm;
  const deployment = opt(input, 'deployment');
  const keep = flag(input, 'keep-vhd');
  if (context.client === undefined) return offline(vm, service, deployment, keep);
  const target = await readDeleteTarget(context.client, vm, service, deployment, context.abortSignal);
  return { summary: `Delete VM ${target.role.roleName}${keep ? ' (keeping its disks)' : ''}`, ...stepsFor(target, keep) };
}

export const vmDelete = changeCommand(
  {
    resource: 'vm', action: 'delete', risk: 'destroy',
    summary: 'Delete a VM (with its disks unless --keep-vhd); its deployment only when it is the last role, its cloud service only when then empty and made for it.',
    details: 'Only the named VM goes. With other roles in its deployment, just that role is deleted. As the last role, the deployment is deleted; '
      + 'the cloud service goes too when it has no other deployment and was created for the VM (its name is the VM name, or its description '
      + 'reads "Created for VM <name>", as `vm create` sets it). The plan lists every VM, disk and service that goes.',
    args: [vmArg],
    options: [{ name: 'keep-vhd', description: 'Keep the disks and their VHD blobs.' }, serviceOption,
      { ...deploymentOption, description: 'Its deployment (default: the one in the production slot).' }],
    examples: ['vm delete myvm', 'vm delete web2 --service shop --keep-vhd'],
  },
  plan,
);
