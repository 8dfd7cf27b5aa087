import type { CallOptions, ManagementClientLike } from './client.ts';
import { isNotFound } from './error-info.ts';

/**
 * How to tell, after a crash, whether a call whose outcome was never recorded took place:
 * `yes` (it happened and ended), `no` (send it), `under-way` (it happened and has not ended; the
 * job waits and checks again). A call with no check here and that is not a read cannot be told,
 * so it is never sent a second time blindly.
 */
export type Happened = 'yes' | 'no' | 'under-way';

type Reader = (client: Groups, options: CallOptions) => Promise<unknown>;
type Check = (args: readonly unknown[], client: ManagementClientLike, options: CallOptions) => Promise<Happened>;

interface DeploymentLike {
  readonly status?: string;
  readonly locked?: boolean;
  readonly roleInstanceList?: readonly { readonly roleName?: string; readonly instanceName: string; readonly instanceStatus?: string; readonly powerState?: string }[];
}
type Groups = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

/** The resource exists (`found`), or a 404 says it does not (`undefined`). */
async function find<T>(read: Reader, client: ManagementClientLike, options: CallOptions): Promise<T | undefined> {
  try {
    return (await read(client as unknown as Groups, options)) as T;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const field = (value: unknown, name: string): string => str((value as Record<string, unknown> | undefined)?.[name]);

/** Created when the read finds it (under way while `busy` says so). */
const created = (read: (args: readonly unknown[]) => Reader, busy: (found: unknown) => boolean = () => false): Check =>
  async (args, client, options) => {
    const found = await find(read(args), client, options);
    return found === undefined ? 'no' : busy(found) ? 'under-way' : 'yes';
  };

/** Deleted when the read gets a 404 (under way while `busy` says so). */
const deleted = (read: (args: readonly unknown[]) => Reader, busy: (found: unknown) => boolean = () => false): Check =>
  async (args, client, options) => {
    const found = await find(read(args), client, options);
    return found === undefined ? 'yes' : busy(found) ? 'under-way' : 'no';
  };

const deployment = (service: unknown, name: unknown): Reader => (c, o) => c.deployments!.getByName!(str(service), str(name), o);
const deploymentBusy = (found: unknown): boolean => {
  const d = found as DeploymentLike;
  return d.locked === true || d.status === 'Deploying' || d.status === 'Deleting';
};

/** A role reached the power state a start or shutdown asks for. */
const rolePower = (done: readonly string[], busy: readonly string[]): Check => async (args, client, options) => {
  const found = await find<DeploymentLike>(deployment(args[0], args[1]), client, options);
  const instance = found?.roleInstanceList?.find((i) => (i.roleName ?? i.instanceName) === str(args[2]));
  if (instance === undefined) return 'no';
  const state = instance.instanceStatus ?? '';
  if (busy.includes(state) || found?.locked === true) return 'under-way';
  return done.includes(state) || done.includes(instance.powerState ?? '') ? 'yes' : 'no';
};

/** The data disk at a LUN of a role is there (`attach`) or gone (`detach`); under way while the deployment is locked. */
const dataDiskAt = (wanted: 'present' | 'absent', lunOf: (args: readonly unknown[]) => number): Check => async (args, client, options) => {
  const found = await find<DeploymentLike & { roleList?: readonly { roleName: string; dataVirtualHardDisks?: readonly { lun?: number }[] }[] }>(
    deployment(args[0], args[1]), client, options);
  if (found === undefined) return 'no';
  if (found.locked === true) return 'under-way';
  const role = found.roleList?.find((r) => r.roleName.toLowerCase() === str(args[2]).toLowerCase());
  const present = (role?.dataVirtualHardDisks ?? []).some((d) => (d.lun ?? 0) === lunOf(args));
  return present === (wanted === 'present') ? 'yes' : 'no';
};

const reservedIP = (name: unknown): Reader => (c, o) => c.reservedIPs!.get!(str(name), o);
const ipState = (found: unknown): string => field(found, 'state');

/** A reserved IP is used (`associate`) or no longer used (`disassociate`) by the deployment named in the call. */
const association = (wanted: boolean): Check => async ([name, input], client, options) => {
  const found = await find(reservedIP(name), client, options);
  if (found === undefined) return 'no';
  if (ipState(found) === 'Updating') return 'under-way';
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const used = same(field(found, 'serviceName'), field(input, 'serviceName')) && same(field(found, 'deploymentName'), field(input, 'deploymentName'));
  return used === wanted ? 'yes' : 'no';
};

export const HAPPENED: Readonly<Record<string, Check>> = {
  'hostedServices.create': created(([input]) => (c, o) => c.hostedServices!.get!(field(input, 'serviceName'), o)),
  'hostedServices.delete': deleted(([name]) => (c, o) => c.hostedServices!.get!(str(name), o)),
  'storageAccounts.create': created(([input]) => (c, o) => c.storageAccounts!.get!(field(input, 'serviceName'), o),
    (found) => field((found as { storageServiceProperties?: unknown }).storageServiceProperties, 'status') === 'Creating'),
  'storageAccounts.delete': deleted(([name]) => (c, o) => c.storageAccounts!.get!(str(name), o)),
  'affinityGroups.create': created(([input]) => (c, o) => c.affinityGroups!.get!(field(input, 'name'), o)),
  'affinityGroups.delete': deleted(([name]) => (c, o) => c.affinityGroups!.get!(str(name), o)),
  'osImages.delete': deleted(([name]) => (c, o) => c.osImages!.get!(str(name), o)),
  'deployments.create': created(([service, , input]) => deployment(service, field(input, 'name')), deploymentBusy),
  'deployments.delete': deleted(([service, name]) => deployment(service, name), deploymentBusy),
  'virtualMachines.createDeployment': created(([service, input]) => deployment(service, field(input, 'deploymentName')), deploymentBusy),
  'virtualMachines.deleteRole': deleted(([service, name, role]) => (c, o) => c.virtualMachines!.getRole!(str(service), str(name), str(role), o)),
  'virtualMachines.start': rolePower(['ReadyRole', 'Started'], ['StartingVM', 'Provisioning']),
  'virtualMachines.shutdown': rolePower(['StoppedVM', 'StoppedDeallocated', 'Stopped'], ['StoppingVM']),
  'disks.delete': deleted(([name]) => (c, o) => c.disks!.get!(str(name), o)),
  'dataDisks.add': dataDiskAt('present', (args) => Number((args[3] as { lun?: unknown } | undefined)?.lun ?? 0)),
  'dataDisks.delete': dataDiskAt('absent', (args) => Number(args[3])),
  'reservedIPs.create': created(([input]) => reservedIP(field(input, 'name')), (found) => ipState(found) === 'Creating'),
  'reservedIPs.delete': deleted(([name]) => reservedIP(name), (found) => ipState(found) === 'Deleting'),
  'reservedIPs.associate': association(true),
  'reservedIPs.disassociate': association(false),
};

/** Calls that only read: sending them again is harmless. */
export const isReadCall = (call: string): boolean => /\.(list|get|getBySlot|getByName|listFamilies|listRoleSizes|listOperations)$/.test(call);

/** How to tell whether `call` happened, when it can be told. */
export const happenedCheck = (call: string): Check | undefined => (Object.hasOwn(HAPPENED, call) ? HAPPENED[call] : undefined);
