import { mapLimit } from '../map-limit.ts';
import type { DeploymentLike, HostedServiceLike, Snapshot, SnapshotClient, SnapshotDeployment, SnapshotService, SnapshotVm } from './snapshot-types.ts';

export interface TakeSnapshotOptions {
  readonly abortSignal?: AbortSignal;
  /** Cloud services read at once. Default 8. */
  readonly concurrency?: number;
  /** The management certificate's expiry, kept with the snapshot. */
  readonly certificateExpiresAt?: Date;
  /** The clock. Default now. */
  readonly now?: Date;
}

const VM_ROLE = 'PersistentVMRole';

/**
 * Reads the subscription: every cloud service with its deployments and role instances
 * (`hostedServices.get` with embed-detail, a bounded number at once), the VMs among them, and the
 * storage accounts. A service deleted between the list and its read is left out.
 */
export async function takeSnapshot(client: SnapshotClient, options: TakeSnapshotOptions = {}): Promise<Snapshot> {
  const { abortSignal } = options;
  const [listed, accounts] = await Promise.all([
    client.hostedServices.list({ abortSignal }),
    client.storageAccounts.list({ abortSignal }),
  ]);
  const detailed = await mapLimit(listed, options.concurrency ?? 8, async (service) => {
    try {
      return await client.hostedServices.get(service.serviceName, { embedDetail: true, abortSignal });
    } catch (error) {
      if ((error as { statusCode?: unknown }).statusCode === 404) return undefined;
      throw error;
    }
  }, abortSignal);
  const services: SnapshotService[] = [];
  const vms: SnapshotVm[] = [];
  for (const service of detailed) {
    if (service === undefined) continue;
    services.push(serviceOf(service));
    for (const deployment of service.deployments ?? []) vms.push(...vmsOf(service.serviceName, deployment));
  }
  const byName = <T extends { readonly name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    version: 1,
    takenAt: (options.now ?? new Date()).toISOString(),
    services: services.sort(byName),
    vms,
    storage: accounts
      .map((a) => ({ name: a.serviceName ?? '', ...placed(a.storageServiceProperties), ...(a.storageServiceProperties?.status ? { status: a.storageServiceProperties.status } : {}) }))
      .sort(byName),
    ...(options.certificateExpiresAt ? { certificateExpiresAt: options.certificateExpiresAt.toISOString() } : {}),
  };
}

const placed = (p: { readonly location?: string; readonly affinityGroup?: string } | undefined) => {
  const where = p?.location ?? p?.affinityGroup;
  return where ? { location: where } : {};
};

function serviceOf(service: HostedServiceLike): SnapshotService {
  const deployments = (service.deployments ?? []).map((d): SnapshotDeployment => {
    const instances: Record<string, number> = {};
    for (const instance of d.roleInstanceList ?? []) {
      const state = instance.instanceStatus ?? 'Unknown';
      instances[state] = (instances[state] ?? 0) + 1;
    }
    return { name: d.name, slot: (d.deploymentSlot ?? 'production').toLowerCase(), status: d.status ?? 'Unknown', instances, vm: vmRoles(d).size > 0 };
  });
  return { name: service.serviceName, ...placed(service.hostedServiceProperties), deployments };
}

const vmRoles = (d: DeploymentLike) => new Set((d.roleList ?? []).filter((r) => r.roleType === VM_ROLE).map((r) => r.roleName));

function vmsOf(service: string, deployment: DeploymentLike): SnapshotVm[] {
  const roles = vmRoles(deployment);
  return (deployment.roleInstanceList ?? [])
    .filter((i) => roles.has(i.roleName ?? ''))
    .map((i) => ({ service, deployment: deployment.name, name: i.roleName ?? i.instanceName, powerState: powerStateOf(i) }));
}

/** The power state as people say it: a deallocated VM is stopped and costs nothing. */
function powerStateOf(instance: { readonly instanceStatus?: string; readonly powerState?: string }): string {
  if (instance.instanceStatus === 'StoppedDeallocated') return 'Stopped (deallocated)';
  return instance.powerState ?? instance.instanceStatus ?? 'Unknown';
}
