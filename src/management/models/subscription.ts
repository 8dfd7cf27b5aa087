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

/** One entry of the subscription's operation log (List Subscription Operations). */
export interface SubscriptionOperation {
  readonly operationId: string;
  /** The resource's path, e.g. `/{subscription}/services/storageservices/name`. */
  readonly operationObjectId?: string;
  /** E.g. `CreateStorageService`. */
  readonly operationName?: string;
  readonly operationParameters?: Readonly<Record<string, string>>;
  readonly operationCaller?: {
    readonly usedServiceManagementApi?: boolean;
    readonly userEmailAddress?: string;
    readonly subscriptionCertificateThumbprint?: string;
    readonly clientIP?: string;
  };
  readonly operationStatus?: {
    readonly id?: string;
    readonly status?: 'InProgress' | 'Succeeded' | 'Failed' | string;
    readonly httpStatusCode?: number;
    readonly error?: { readonly code?: string; readonly message?: string };
  };
  readonly operationStartedTime?: string;
  readonly operationCompletedTime?: string;
  readonly operationKind?: string;
}

export interface SubscriptionOperationPage {
  readonly subscriptionOperations: readonly SubscriptionOperation[];
  /** Pass it back to get the next page; absent on the last one. */
  readonly continuationToken?: string;
}

export interface ListSubscriptionOperationsFilter {
  /** ISO 8601 date or time; the service requires both ends of the window. */
  readonly startTime: string;
  readonly endTime: string;
  /** Only the operations on this resource: its path, e.g. `/{subscription}/services/hostedservices/name`. */
  readonly objectIdFilter?: string;
  readonly operationResultFilter?: 'Succeeded' | 'Failed' | 'InProgress';
  readonly continuationToken?: string;
}
