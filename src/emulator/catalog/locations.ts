import { VIRTUAL_MACHINE_ROLE_SIZES, WEB_WORKER_ROLE_SIZES } from './role-sizes.ts';

export interface LocationEntry {
  readonly name: string;
  readonly displayName: string;
  readonly availableServices: readonly string[];
  readonly computeCapabilities: { readonly webWorkerRoleSizes: readonly string[]; readonly virtualMachinesRoleSizes: readonly string[] };
  readonly storageCapabilities: { readonly storageAccountTypes: readonly string[] };
  /** Where geo-redundant storage replicates to (GeoSecondaryRegion). */
  readonly pairedRegion: string;
}

// [name, paired region]; the regions the service listed for classic deployments.
const REGIONS: readonly (readonly [string, string])[] = [
  ['East US', 'West US'],
  ['West US', 'East US'],
  ['East US 2', 'Central US'],
  ['Central US', 'East US 2'],
  ['South Central US', 'North Central US'],
  ['North Central US', 'South Central US'],
  ['North Europe', 'West Europe'],
  ['West Europe', 'North Europe'],
  ['Southeast Asia', 'East Asia'],
  ['East Asia', 'Southeast Asia'],
  ['Japan West', 'Japan East'],
  ['Japan East', 'Japan West'],
  ['Brazil South', 'South Central US'],
  ['Australia Southeast', 'Australia East'],
  ['Australia East', 'Australia Southeast'],
];

export const LOCATIONS: readonly LocationEntry[] = REGIONS.map(([name, pairedRegion]) => ({
  name,
  displayName: name,
  availableServices: ['Compute', 'Storage', 'PersistentVMRole', 'HighMemory'],
  computeCapabilities: { webWorkerRoleSizes: WEB_WORKER_ROLE_SIZES, virtualMachinesRoleSizes: VIRTUAL_MACHINE_ROLE_SIZES },
  storageCapabilities: { storageAccountTypes: ['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS'] },
  pairedRegion,
}));

/** The location as the service spells it, matched without regard to case. */
export function findLocation(name: string): LocationEntry | undefined {
  return LOCATIONS.find((location) => location.name.toLowerCase() === name.trim().toLowerCase());
}
