import { CommandError } from '../../command-error.ts';
import type { DiskLike } from '../../plan/client.ts';
import type { PlanContext, PlanDraft } from '../../plan/context.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import { changeCommand, readCommand } from '../change.ts';
import { arg, flag, step } from '../define.ts';
import type { CommandInput, CommandSpec } from '../types.ts';
import { diskName } from './disk-values.ts';

interface DiskModel extends DiskLike {
  readonly label?: string;
  readonly location?: string;
  readonly affinityGroup?: string;
  readonly sourceImageName?: string;
  readonly createdTime?: string;
  readonly isCorrupted?: boolean;
}

const nameArg = { name: 'name', type: diskName, required: true, description: 'The disk name (see `disk list`).' };

/** `service/deployment/role` of an attached disk; absent when it is free. */
export const attachedWhere = (d: DiskLike): string | undefined =>
  d.attachedTo?.roleName === undefined ? undefined : `VM ${d.attachedTo.roleName} (${d.attachedTo.hostedServiceName ?? '?'}/${d.attachedTo.deploymentName ?? '?'})`;

const kind = (d: DiskLike) => (d.os === undefined || d.os === '' ? 'data' : `OS (${d.os})`);

const list = readCommand(
  { resource: 'disk', action: 'list', summary: 'List the disks of the subscription: OS and data disks, attached or free.', risk: 'read', args: [], options: [], examples: ['disk list'] },
  () => ({ summary: 'List disks', steps: [step('list', 'List disks', 'disks.list', [])] }),
  (result) => listDoc('Disks', ['Name', 'Kind', 'Size (GB)', 'Attached to', 'Location'], (result as DiskModel[]).map((d) => [
    d.name, kind(d), d.logicalDiskSizeInGB, attachedWhere(d) ?? 'free', d.location ?? d.affinityGroup,
  ]), 'No disks. VMs create their disks; `vm disk attach` adds data disks.'),
);

const show = readCommand(
  { resource: 'disk', action: 'show', summary: 'Show a disk: kind, size, VHD and the VM it is attached to.', risk: 'read', args: [nameArg], options: [], examples: ['disk show myvm-myvm-0-201605110943'] },
  (input) => ({ summary: `Show disk ${arg(input, 'name')}`, steps: [step('get', `Read disk \`${arg(input, 'name')}\``, 'disks.get', [arg(input, 'name')])] }),
  (result) => {
    const d = result as DiskModel;
    return fieldsDoc(`Disk ${d.name}`, [
      ['Kind', kind(d)], ['Size (GB)', d.logicalDiskSizeInGB], ['Attached to', attachedWhere(d) ?? 'free'], ['VHD', d.mediaLink],
      ['Location', d.location], ['Affinity group', d.affinityGroup], ['Label', d.label], ['Source image', d.sourceImageName],
      ['Created', d.createdTime], ['Corrupted', d.isCorrupted],
    ]);
  },
);

async function readDisk(name: string, context: PlanContext): Promise<DiskLike> {
  try {
    return await context.client!.disks.get(name, context.abortSignal ? { abortSignal: context.abortSignal } : {});
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new CommandError({ code: 'DISK_NOT_FOUND', kind: 'usage', message: `There is no disk named ${name}.`, hint: 'See `disk list` for the disks of the subscription.' });
  }
}

async function deletePlan(input: CommandInput, context: PlanContext): Promise<PlanDraft> {
  const name = arg(input, 'name');
  const keep = flag(input, 'keep-vhd');
  const what = keep ? `Delete disk \`${name}\` (its VHD blob stays)` : `Delete disk \`${name}\` and its VHD blob`;
  const deleteStep = step('delete', what, 'disks.delete', [name], { options: { deleteVhd: !keep } });
  if (context.client === undefined) {
    return { summary: `Delete disk ${name}`, steps: [deleteStep], notes: [`Disk deleted: ${name}${keep ? '' : ', with its VHD blob'} (refused by the service while it is attached to a VM).`] };
  }
  const disk = await readDisk(name, context);
  const where = attachedWhere(disk);
  if (where !== undefined) {
    const lunHint = `\`vm disk list ${disk.attachedTo?.roleName ?? ''} --service ${disk.attachedTo?.hostedServiceName ?? ''}\``;
    throw new CommandError({
      code: 'DISK_ATTACHED', kind: 'usage', message: `Disk ${disk.name} is attached to ${where}; an attached disk cannot be deleted.`,
      hint: disk.os ? `It is that VM's OS disk: delete the VM with \`vm delete ${disk.attachedTo?.roleName ?? ''}\`.` : `Detach it first (${lunHint} shows its LUN, then \`vm disk detach\`).`,
    });
  }
  const vhd = disk.mediaLink === undefined ? '' : ` (${disk.mediaLink})`;
  return {
    summary: `Delete disk ${disk.name}${keep ? ' (keeping its VHD)' : ''}`,
    steps: [deleteStep],
    notes: [keep ? `Disk deleted: ${disk.name}. Kept: its VHD blob${vhd}.` : `Disk deleted: ${disk.name}, with its VHD blob${vhd}.`],
  };
}

const remove = changeCommand(
  {
    resource: 'disk', action: 'delete', risk: 'destroy',
    summary: 'Delete a free disk, with its VHD blob unless --keep-vhd.',
    details: 'A disk attached to a VM cannot be deleted: detach it first (`vm disk detach`), or delete the VM. The plan names the disk and its VHD.',
    args: [nameArg], options: [{ name: 'keep-vhd', description: 'Keep the VHD blob in its storage account (only the disk is deleted).' }],
    examples: ['disk delete olddata-0-201605110943', 'disk delete olddata-0-201605110943 --keep-vhd'],
  },
  deletePlan,
);

export const diskCommands: readonly CommandSpec[] = [list, show, remove];
