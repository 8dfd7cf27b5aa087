import { CommandError } from '../../command-error.ts';
import type { PlanContext, PlanDraft } from '../../plan/context.ts';
import { changeCommand } from '../change.ts';
import { flag, opt, step } from '../define.ts';
import type { CommandInput } from '../types.ts';
import { lun as lunType } from './disk-values.ts';
import { describeDataDisk, lunOf, readVmDeployment } from './vm-disk-target.ts';
import { deploymentOption, describeTarget, serviceOption, vmArg, vmTarget } from './vm-values.ts';

async function plan(input: CommandInput, context: PlanContext): Promise<PlanDraft> {
  const t = vmTarget(input);
  const lun = Number(opt(input, 'lun'));
  const keep = flag(input, 'keep-vhd');
  const after = keep ? 'kept as a free disk with its VHD (`disk list`)' : 'deleted with its VHD blob';
  if (context.client === undefined) {
    return { summary: `Detach the data disk at LUN ${lun} of VM ${t.name}`, steps: [], notes: [`Resolved when the command runs: it reads VM ${t.name} and detaches only the disk at LUN ${lun}, which is then ${after}.`] };
  }
  const { role } = await readVmDeployment(context.client, input, context.abortSignal);
  const disks = role.dataVirtualHardDisks ?? [];
  const disk = disks.find((d) => lunOf(d) === lun);
  if (disk === undefined) {
    throw new CommandError({
      code: 'NO_DISK_AT_LUN', kind: 'usage', message: `VM ${role.roleName} has no data disk at LUN ${lun}.`,
      hint: disks.length === 0 ? 'It has no data disks.' : `Its data disks: ${disks.map(describeDataDisk).join('; ')}.`,
    });
  }
  const name = disk.diskName ?? `the disk at LUN ${lun}`;
  return {
    summary: `Detach disk ${name} from VM ${role.roleName}${keep ? ' (keeping it)' : ''}`,
    steps: [step('detach', `Detach disk \`${name}\` (LUN ${lun}) from ${describeTarget(t)}${keep ? ', keeping it' : ' and delete it with its VHD'}`,
      'dataDisks.delete', [t.service, t.deployment, role.roleName, lun], { options: { deleteVhd: !keep } })],
    notes: [keep ? `Detached and kept: ${describeDataDisk(disk)}.` : `Detached and deleted with its VHD blob: ${describeDataDisk(disk)}.`,
      `Kept: VM ${role.roleName}${disks.length > 1 ? ` and its other data disks (LUN ${disks.filter((d) => d !== disk).map(lunOf).join(', ')})` : ''}.`],
  };
}

export const vmDiskDetach = changeCommand(
  {
    resource: 'vm disk', action: 'detach', risk: 'destroy',
    summary: 'Detach the data disk at a LUN from a VM, deleting the disk and its VHD unless --keep-vhd.',
    details: 'Only the disk at --lun goes; the plan names it and its VHD. With --keep-vhd the disk stays in the repository, free to attach again (`vm disk attach <vm> --disk <name>`).',
    args: [vmArg],
    options: [
      { name: 'lun', type: lunType, valueName: 'n', required: true, description: 'The LUN of the disk (see `vm disk list`).' },
      { name: 'keep-vhd', description: 'Keep the disk and its VHD blob (it becomes a free disk).' },
      serviceOption, deploymentOption,
    ],
    examples: ['vm disk detach myvm --lun 0', 'vm disk detach myvm --lun 1 --keep-vhd'],
  },
  plan,
);
