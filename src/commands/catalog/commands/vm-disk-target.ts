import { CommandError } from '../../command-error.ts';
import type { DataDiskLike, DeploymentLike, PlannerReads } from '../../plan/client.ts';
import { isNotFound } from '../../plan/error-info.ts';
import type { CommandInput } from '../types.ts';
import { isVmRole } from './vm-entries.ts';
import { describeTarget, vmTarget } from './vm-values.ts';

export type VmRole = NonNullable<DeploymentLike['roleList']>[number];

/** The service omits `<Lun>` for LUN 0. */
export const lunOf = (disk: DataDiskLike): number => disk.lun ?? 0;

const notFound = (message: string, hint: string) => new CommandError({ code: 'VM_NOT_FOUND', kind: 'usage', message, hint });

/** The VM role named by the command, from its deployment as read; a usage error when it is not there or not a VM. */
export function vmRoleOf(deployment: DeploymentLike, input: CommandInput): VmRole {
  const t = vmTarget(input);
  const roles = deployment.roleList ?? [];
  const role = roles.find((r) => r.roleName.toLowerCase() === t.name.toLowerCase());
  if (role === undefined || !isVmRole(role)) {
    const vms = roles.filter(isVmRole).map((r) => r.roleName);
    throw notFound(`Deployment ${t.deployment} of ${t.service} has no VM named ${t.name}.`,
      vms.length > 0 ? `Its VMs: ${vms.join(', ')}. Pass --service/--deployment if they differ from the VM name.` : 'See `vm list` for the VMs and their services.');
  }
  return role;
}

/** Reads the deployment of the VM the command names (a usage error when there is none). */
export async function readVmDeployment(client: PlannerReads, input: CommandInput, abortSignal?: AbortSignal): Promise<{ deployment: DeploymentLike; role: VmRole }> {
  const t = vmTarget(input);
  let deployment: DeploymentLike;
  try {
    deployment = await client.deployments.getByName(t.service, t.deployment, abortSignal ? { abortSignal } : {});
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw notFound(`There is no ${describeTarget(t).replace(/`/g, '')}: deployment ${t.deployment} of cloud service ${t.service} was not found.`,
      'See `vm list` for the VMs and their cloud services; pass --service/--deployment if they differ from the VM name.');
  }
  return { deployment, role: vmRoleOf(deployment, input) };
}

/** `LUN 1: mydisk (10 GB, https://…)`. */
export const describeDataDisk = (d: DataDiskLike): string =>
  `LUN ${lunOf(d)}: ${d.diskName ?? 'unnamed disk'} (${[d.logicalDiskSizeInGB === undefined ? undefined : `${d.logicalDiskSizeInGB} GB`, d.mediaLink].filter(Boolean).join(', ')})`;
