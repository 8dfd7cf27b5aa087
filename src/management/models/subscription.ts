import type { ComputeCapabilities } from './common.ts';

export interface Subscription {
  readonly subscriptionID?: string;
  readonly subscriptionName?: string;
  readonly subscriptionStatus?: string;
  readonly accountAdminLiveEmailId?: string;
  readonly serviceAdminLiveEmailId?: string;
  readonly maxCoreCount?: number;
  readonly maxStorageAccounts?: number;
  readonly maxHostedServices?: number;
  readonly currentCoreCount?: number;
  readonly currentHostedServices?: number;
  readonly currentStorageAccounts?: number;
  readonly maxVirtualNetworkSites?: number;
  readonly currentVirtualNetworkSites?: number;
  readonly maxLocalNetworkSites?: number;
  readonly maxDnsServers?: number;
  readonly offerCategories?: string;
  readonly aadTenantID?: string;
  readonly createdTime?: string;
  readonly maxReservedIPs?: number;
  readonly currentReservedIPs?: number;
  readonly maxPublicIPCount?: number;
  readonly currentNetworkSecurityGroups?: number;
  readonly maxNetworkSecurityGroups?: number;
  readonly maxNetworkSecurityRulesPerGroup?: number;
  readonly maxRouteTables?: number;
  readonly maxRoutesPerRouteTable?: number;
}

export interface Location {
  readonly name: string;
  readonly displayName?: string;
  readonly availableServices?: readonly string[];
  readonly computeCapabilities?: ComputeCapabilities;
  readonly storageCapabilities?: { readonly storageAccountTypes?: readonly string[] };
}

export interface RoleSize {
  readonly name: string;
  readonly label?: string;
  readonly cores?: number;
  readonly memoryInMb?: number;
  readonly supportedByWebWorkerRoles?: boolean;
  readonly supportedByVirtualMachines?: boolean;
  readonly maxDataDiskCount?: number;
  readonly webWorkerResourceDiskSizeInMb?: number;
  readonly virtualMachineResourceDiskSizeInMb?: number;
}

export interface OperatingSystem {
  readonly version: string;
  readonly label?: string;
  readonly isDefault?: boolean;
  readonly isActive?: boolean;
  readonly family?: number;
  readonly familyLabel?: string;
}

export interface OperatingSystemFamily {
  readonly name: string;
  readonly label?: string;
  readonly operatingSystems?: readonly OperatingSystem[];
}
