/**
 * The management calls a plan may name. A plan is data that another process may load, so the
 * executor runs only these, never an arbitrary property path.
 */
export const CALLS = {
  'locations.list': { async: false },
  'hostedServices.list': { async: false },
  'hostedServices.get': { async: false },
  'hostedServices.create': { async: true },
  'hostedServices.delete': { async: true },
  'deployments.getBySlot': { async: false },
  'deployments.getByName': { async: false },
  'deployments.create': { async: true },
  'deployments.delete': { async: true },
  'deployments.swap': { async: true },
  'deployments.changeConfiguration': { async: true },
  'deployments.updateStatus': { async: true },
  'storageAccounts.list': { async: false },
  'storageAccounts.get': { async: false },
  'storageAccounts.create': { async: true },
  'storageAccounts.delete': { async: true },
  'affinityGroups.list': { async: false },
  'affinityGroups.get': { async: false },
  'affinityGroups.create': { async: false },
  'affinityGroups.delete': { async: false },
  'operatingSystems.list': { async: false },
  'operatingSystems.listFamilies': { async: false },
  'osImages.list': { async: false },
  'osImages.get': { async: false },
  'osImages.add': { async: true },
  'osImages.delete': { async: true },
  'vmImages.list': { async: false },
  'vmImages.delete': { async: true },
  'vmImages.capture': { async: true },
  'virtualMachines.createDeployment': { async: true },
  'virtualMachines.start': { async: true },
  'virtualMachines.shutdown': { async: true },
  'virtualMachines.restart': { async: true },
  'virtualMachines.deleteRole': { async: true },
  'serviceCertificates.add': { async: true },
  'operations.get': { async: false },
  'secrets.generatePassword': { async: false },
} as const satisfies Record<string, { readonly async: boolean }>;

export type CallName = keyof typeof CALLS;

export const isKnownCall = (call: string): call is CallName => Object.hasOwn(CALLS, call);
