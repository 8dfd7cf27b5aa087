import { VIRTUAL_MACHINE_ROLE_SIZES, WEB_WORKER_ROLE_SIZES } from '../catalog/index.ts';
import type { AffinityGroupRecord, SubscriptionRecord } from '../persistence/index.ts';
import { hostedServiceView } from './hosted-service-view.ts';
import { storageServiceView } from './storage-view.ts';

const CAPABILITIES = ['PersistentVMRole', 'HighMemory'];

/** Get Affinity Group Properties: with the services in it; list items carry compute capabilities instead. */
export function affinityGroupView(
  group: AffinityGroupRecord,
  options: { baseUrl: string; subscription: SubscriptionRecord; detailed: boolean },
): Record<string, unknown> {
  const key = group.name.toLowerCase();
  const base = { name: group.name, label: group.label, description: group.description ?? '', location: group.location };
  if (!options.detailed) {
    return {
      ...base,
      capabilities: CAPABILITIES,
      createdTime: group.createdTime,
      computeCapabilities: { webWorkerRoleSizes: WEB_WORKER_ROLE_SIZES, virtualMachinesRoleSizes: VIRTUAL_MACHINE_ROLE_SIZES },
    };
  }
  const hostedServices = Object.values(options.subscription.hostedServices)
    .filter((service) => service.affinityGroup?.toLowerCase() === key)
    .map((service) => hostedServiceView(service, { baseUrl: options.baseUrl, subscriptionId: options.subscription.id }));
  const storageServices = Object.values(options.subscription.storageAccounts)
    .filter((account) => account.affinityGroup?.toLowerCase() === key && account.status === 'Created')
    .map((account) => storageServiceView(account, { baseUrl: options.baseUrl, subscription: options.subscription }));
  return { ...base, hostedServices, storageServices, capabilities: CAPABILITIES, createdTime: group.createdTime };
}
