import type { RoleRecord } from '../persistence/index.ts';

/**
 * A role as the service returns it: only the network configuration set (provisioning sets and
 * their passwords are never echoed), the disks as provisioned.
 */
export function roleView(role: RoleRecord, options: { inDeployment: boolean }): Record<string, unknown> {
  const sets = ((role['configurationSets'] as Array<Record<string, unknown>> | undefined) ?? []).filter(
    (set) => set['configurationSetType'] === 'NetworkConfiguration',
  );
  const { configurationSets: _sets, ...rest } = role;
  const networkSets = sets.map((set) => ({
    configurationSetType: 'NetworkConfiguration',
    ...(Array.isArray(set['inputEndpoints']) && set['inputEndpoints'].length > 0 ? { inputEndpoints: set['inputEndpoints'] } : {}),
    ...(options.inDeployment || (Array.isArray(set['subnetNames']) && set['subnetNames'].length > 0)
      ? { subnetNames: set['subnetNames'] ?? [] }
      : {}),
    ...(set['staticVirtualNetworkIPAddress'] ? { staticVirtualNetworkIPAddress: set['staticVirtualNetworkIPAddress'] } : {}),
    ...(Array.isArray(set['publicIPs']) && set['publicIPs'].length > 0 ? { publicIPs: set['publicIPs'] } : {}),
  }));
  if (role.roleType !== 'PersistentVMRole') {
    return { roleName: role.roleName, osVersion: role.osVersion, configurationSets: [] };
  }
  return {
    ...rest,
    roleName: role.roleName,
    osVersion: role.osVersion,
    roleType: role.roleType,
    configurationSets: networkSets.length > 0 ? networkSets : [{ configurationSetType: 'NetworkConfiguration', ...(options.inDeployment ? { subnetNames: [] } : {}) }],
    dataVirtualHardDisks: ((role['dataVirtualHardDisks'] as Array<Record<string, unknown>> | undefined) ?? []).map(dataDiskView),
  };
}

/** A data disk as the service writes it: `<Lun>` is left out for LUN 0. */
export function dataDiskView(disk: Record<string, unknown>): Record<string, unknown> {
  const { lun, ...rest } = disk;
  return Number(lun ?? 0) === 0 ? rest : disk;
}
