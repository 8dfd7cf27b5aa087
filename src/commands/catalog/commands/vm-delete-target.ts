import { CommandError } from '../../command-error.ts';
import type { DeploymentLike, HostedServiceLike, PlannerReads } from '../../plan/client.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { isVmRole } from './vm-entries.ts';

export type RoleLike = NonNullable<DeploymentLike['roleList']>[number];

/** What a VM delete touches, read from the subscription before anything is planned. */
export interface DeleteTarget {
  readonly service: string;
  readonly deployment: DeploymentLike;
  readonly role: RoleLike;
  /** The deployment's other roles (VMs stay when one of several is deleted). */
  readonly others: readonly RoleLike[];
  /** Read only when the VM is the deployment's last role. */
  readonly hostedService?: HostedServiceLike;
}

const notFound = (message: string, hint: string) => new CommandError({ code: 'VM_NOT_FOUND', kind: 'usage', message, hint });

/** The description `vm create` gives a cloud service it creates, so a delete can tell it made it. */
export const createdForVm = (vm: string): string => `Created for VM ${vm}`;

/**
 * A cloud service goes with its last VM only when nothing else is in it and it was made for that VM:
 * its name is the VM's (the default of `vm create`) or its description says it was created for it.
 */
export function serviceGoesWith(service: HostedServiceLike, deployment: string, vm: string): boolean {
  const rest = (service.deployments ?? []).filter((d) => d.name.toLowerCase() !== deployment.toLowerCase());
  if (rest.length > 0) return false;
  return service.serviceName.toLowerCase() === vm.toLowerCase() || service.hostedServiceProperties?.description === createdForVm(vm);
}

async function readDeployment(client: PlannerReads, service: string, deployment: string | undefined, options: object): Promise<DeploymentLike> {
  try {
    return deployment === undefined
      ? await client.deployments.getBySlot(service, 'production', options)
      : await client.deployments.getByName(service, deployment, options);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    await client.hostedServices.get(service, options);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw notFound(`There is no cloud service named ${service}.`, 'See `vm list` for the VMs and their cloud services; name the service with --service.');
  }
  const which = deployment === undefined ? 'no deployment in its production slot' : `no deployment named ${deployment}`;
  throw notFound(`Cloud service ${service} has ${which}, so no VM to delete there.`, `See \`service show ${service}\` for its deployments.`);
}

/** Reads the deployment and checks the named role is one of its VMs; nothing is planned otherwise. */
export async function readDeleteTarget(
  client: PlannerReads, vm: string, service: string, deployment: string | undefined, abortSignal?: AbortSignal,
): Promise<DeleteTarget> {
  const options = abortSignal ? { abortSignal } : {};
  const read = await readDeployment(client, service, deployment, options);
  const roles = read.roleList ?? [];
  const role = roles.find((r) => r.roleName.toLowerCase() === vm.toLowerCase());
  const vms = roles.filter(isVmRole).map((r) => r.roleName);
  if (role === undefined) {
    throw notFound(
      `Deployment ${read.name} of cloud service ${service} has no VM named ${vm}.`,
      vms.length > 0 ? `Its VMs: ${vms.join(', ')}. See \`vm list\`.` : 'It holds no VMs. See `vm list` for the VMs of the subscription.',
    );
  }
  if (!isVmRole(role)) {
    throw new CommandError({
      code: 'NOT_A_VM', kind: 'usage',
      message: `${role.roleName} is a web or worker role of deployment ${read.name} of cloud service ${service}, not a VM.`,
      hint: `Cloud service deployments are deleted with \`deployment delete ${service} ${read.name}\`.`,
    });
  }
  const others = roles.filter((r) => r !== role);
  if (others.length > 0) return { service, deployment: read, role, others };
  const hostedService = await client.hostedServices.get(service, { ...options, embedDetail: true });
  return { service, deployment: read, role, others, hostedService };
}

/** The role's disks, named as the service names them (or by their VHD when unnamed). */
export function disksOf(role: RoleLike): string[] {
  const disks = [...(role.osVirtualHardDisk ? [role.osVirtualHardDisk] : []), ...(role.dataVirtualHardDisks ?? [])];
  return disks.map((d) => (d.diskName && d.mediaLink ? `${d.diskName} (${d.mediaLink})` : d.diskName ?? d.mediaLink ?? 'unnamed disk'));
}
