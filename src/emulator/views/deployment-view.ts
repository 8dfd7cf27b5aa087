import type { DeploymentRecord, HostedServiceRecord, RoleInstanceRecord } from '../persistence/index.ts';
import { roleView } from './role-view.ts';

function roleInstanceView(instance: RoleInstanceRecord, deployment: DeploymentRecord, endpoints: unknown[] | undefined): Record<string, unknown> {
  const ready = instance.instanceStatus === 'ReadyRole';
  return {
    roleName: instance.roleName,
    instanceName: instance.instanceName,
    instanceStatus: instance.instanceStatus,
    instanceUpgradeDomain: instance.instanceUpgradeDomain,
    instanceFaultDomain: instance.instanceFaultDomain,
    instanceSize: instance.instanceSize,
    instanceStateDetails: '',
    ipAddress: instance.ipAddress,
    ...(endpoints && endpoints.length > 0 ? { instanceEndpoints: endpoints } : {}),
    powerState: instance.powerState,
    ...(ready && instance.hostName ? { hostName: instance.hostName } : {}),
    ...(ready && deployment.kind === 'virtualMachines'
      ? { remoteAccessCertificateThumbprint: deployment.privateId.slice(0, 32) }
      : {}),
  };
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

export function deploymentView(deployment: DeploymentRecord, service: HostedServiceRecord): Record<string, unknown> {
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
      roleInstanceView(instance, deployment, deployment.kind === 'virtualMachines' ? instanceEndpoints(deployment, instance.roleName) : undefined),
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
