import { isoSeconds } from '../operations/index.ts';
import type { DeploymentRecord, HostedServiceRecord, RoleInstanceRecord } from '../persistence/index.ts';
import type { VmBehaviour } from '../server/world.ts';
import { roleView } from './role-view.ts';

/** What a deployment looks like depends on the time (a VM coming up) and on how the emulator was started. */
export interface DeploymentViewOptions {
  readonly now: number;
  readonly vms: VmBehaviour;
}

const COMING_UP = ['RoleStateUnknown', 'CreatingVM', 'Provisioning'] as const;

/** A created VM's state while it comes up: a third of the provisioning time in each phase, then as stored. */
function shownState(instance: RoleInstanceRecord, options: DeploymentViewOptions): { instanceStatus: string; powerState: string } {
  const elapsed = instance.provisionedAt === undefined ? Infinity : options.now - instance.provisionedAt;
  const total = options.vms.provisioningMs;
  if (instance.instanceStatus !== 'ReadyRole' || elapsed >= total) return { instanceStatus: instance.instanceStatus, powerState: instance.powerState };
  const phase = COMING_UP[Math.min(COMING_UP.length - 1, Math.floor((Math.max(0, elapsed) * COMING_UP.length) / total))] as string;
  return { instanceStatus: phase, powerState: 'Starting' };
}

/** The guest agent's report, once a VM created with ProvisionGuestAgent is up. */
function guestAgentStatus(instance: RoleInstanceRecord, options: DeploymentViewOptions): Record<string, unknown> {
  return {
    protocolVersion: '1.0',
    timestamp: isoSeconds(Math.max(instance.provisionedAt ?? options.now, options.now)),
    guestAgentVersion: 'WALinuxAgent-2.0.16',
    status: 'Ready',
    formattedMessage: { language: 'en-US', message: 'GuestAgent is running and accepting new configurations.' },
  };
}

function roleInstanceView(instance: RoleInstanceRecord, deployment: DeploymentRecord, endpoints: unknown[] | undefined, options: DeploymentViewOptions): Record<string, unknown> {
  const state = deployment.kind === 'virtualMachines' ? shownState(instance, options) : instance;
  const ready = state.instanceStatus === 'ReadyRole';
  // A stopped-deallocated VM has no host: the service drops its size, update and fault domain.
  const placed = state.instanceStatus !== 'StoppedDeallocated';
  const role = deployment.roles.find((r) => r.roleName === instance.roleName);
  return {
    roleName: instance.roleName,
    instanceName: instance.instanceName,
    instanceStatus: state.instanceStatus,
    ...(placed
      ? { instanceUpgradeDomain: instance.instanceUpgradeDomain, instanceFaultDomain: instance.instanceFaultDomain, instanceSize: instance.instanceSize }
      : {}),
    instanceStateDetails: '',
    ipAddress: instance.ipAddress,
    ...(endpoints && endpoints.length > 0 ? { instanceEndpoints: endpoints } : {}),
    powerState: state.powerState,
    ...(ready && instance.hostName ? { hostName: instance.hostName } : {}),
    ...(ready && deployment.kind === 'virtualMachines'
      ? { remoteAccessCertificateThumbprint: deployment.privateId.slice(0, 32) }
      : {}),
    ...(ready && role?.['provisionGuestAgent'] === true ? { guestAgentStatus: guestAgentStatus(instance, options) } : {}),
  };
}

/** A maintenance window of the platform, a month after the deployment was created, as the service announces them. */
function persistentVmDowntime(deployment: DeploymentRecord): Record<string, unknown> {
  const start = Date.parse(deployment.createdTime) + 30 * 86_400_000;
  return { startTime: isoSeconds(start), endTime: isoSeconds(start + 12 * 3_600_000), status: 'PersistentVMUpdateScheduled' };
}

/** Instance endpoints of a VM: its role's input endpoints, on the deployment's virtual IP. */
function instanceEndpoints(deployment: DeploymentRecord, roleName: string): unknown[] | undefined {
  const role = deployment.roles.find((r) => r.roleName === roleName);
  const sets = (role?.['configurationSets'] as Array<Record<string, unknown>> | undefined) ?? [];
  const endpoints = sets.flatMap((set) => (set['inputEndpoints'] as Array<Record<string, unknown>> | undefined) ?? []);
  return endpoints.map((endpoint) => ({
    name: endpoint['name'],
    vip: deployment.virtualIpAddress,
    publicPort: endpoint['port'],
    localPort: endpoint['localPort'],
    protocol: endpoint['protocol'],
  }));
}

export function deploymentView(deployment: DeploymentRecord, service: HostedServiceRecord, options: DeploymentViewOptions): Record<string, unknown> {
  return {
    name: deployment.name,
    deploymentSlot: deployment.deploymentSlot,
    privateID: deployment.privateId,
    status: deployment.status,
    label: deployment.label,
    url:
      deployment.deploymentSlot === 'Production'
        ? `http://${service.serviceName}.cloudapp.net/`
        : `http://${deployment.privateId}.cloudapp.net/`,
    configuration: deployment.configuration,
    roleInstanceList: deployment.roleInstances.map((instance) =>
      roleInstanceView(instance, deployment, deployment.kind === 'virtualMachines' ? instanceEndpoints(deployment, instance.roleName) : undefined, options),
    ),
    ...(deployment.upgradeStatus ? { upgradeStatus: deployment.upgradeStatus } : {}),
    upgradeDomainCount: deployment.upgradeDomainCount,
    roleList: deployment.roles.map((role) => roleView(role, { inDeployment: true })),
    sdkVersion: deployment.sdkVersion,
    locked: deployment.lockedBy !== undefined,
    rollbackAllowed: deployment.rollbackAllowed,
    createdTime: deployment.createdTime,
    lastModifiedTime: deployment.lastModifiedTime,
    extendedProperties: deployment.extendedProperties,
    ...(deployment.virtualNetworkName ? { virtualNetworkName: deployment.virtualNetworkName } : {}),
    ...(deployment.dnsServers && deployment.dnsServers.length > 0 ? { dns: { dnsServers: deployment.dnsServers } } : {}),
    ...(options.vms.persistentVmDowntime && deployment.kind === 'virtualMachines' ? { persistentVMDowntime: persistentVmDowntime(deployment) } : {}),
    virtualIPs: [
      {
        address: deployment.virtualIpAddress,
        isDnsProgrammed: true,
        name: '__PseudoBackEndContractVip',
        ...(deployment.reservedIpName ? { isReserved: true, reservedIPName: deployment.reservedIpName } : {}),
      },
    ],
    internalDnsSuffix: `${service.serviceName}.d${deployment.privateId.slice(0, 1)}.internal.cloudapp.net`,
    loadBalancers: [],
  };
}
