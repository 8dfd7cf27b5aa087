import type { Role, RoleInstance } from '../../../management/index.ts';

type Deployment = {
  readonly name: string;
  readonly status?: string;
  readonly roleList?: readonly Role[];
  readonly roleInstanceList?: readonly RoleInstance[];
};

export interface HostedServiceWithDeployments {
  readonly serviceName: string;
  readonly hostedServiceProperties?: { readonly location?: string; readonly affinityGroup?: string };
  readonly deployments?: readonly Deployment[];
}

/** A VM as the core reports it: its role (configuration) and its role instance (state). */
export interface VmEntry {
  readonly roleName: string;
  readonly serviceName: string;
  readonly deploymentName: string;
  readonly deploymentStatus?: string;
  readonly location?: string;
  readonly role?: Role;
  readonly roleInstance?: RoleInstance;
}

function entry(service: HostedServiceWithDeployments, deployment: Deployment, role: Role): VmEntry {
  const location = service.hostedServiceProperties?.location ?? service.hostedServiceProperties?.affinityGroup;
  const instance = (deployment.roleInstanceList ?? []).find((i) => i.roleName === role.roleName);
  return {
    roleName: role.roleName,
    serviceName: service.serviceName,
    deploymentName: deployment.name,
    ...(deployment.status === undefined ? {} : { deploymentStatus: deployment.status }),
    ...(location === undefined ? {} : { location }),
    role,
    ...(instance === undefined ? {} : { roleInstance: instance }),
  };
}

/** A persistent VM role, not a cloud service's web or worker role (older listings may omit the type). */
export const isVmRole = (r: { readonly roleType?: string; readonly osVirtualHardDisk?: unknown; readonly vmImageName?: string }): boolean =>
  r.roleType === 'PersistentVMRole' || ((r.roleType === undefined || r.roleType === '') && (r.osVirtualHardDisk !== undefined || r.vmImageName !== undefined));

/** The VMs of a cloud service read with its deployments; cloud service (web/worker) roles are left out. */
export function vmsOf(service: HostedServiceWithDeployments): VmEntry[] {
  return (service.deployments ?? []).flatMap((d) => (d.roleList ?? []).filter(isVmRole).map((role) => entry(service, d, role)));
}
