/**
 * Everything the emulator remembers, as plain JSON: resources per subscription and the
 * asynchronous operations (with what to do when each completes), so a restart resumes them.
 */
export interface EmulatorState {
  readonly version: 1;
  subscriptions: Record<string, SubscriptionRecord>;
  operations: Record<string, OperationRecord>;
}

export interface SubscriptionRecord {
  readonly id: string;
  name: string;
  createdTime: string;
  /** Management certificates by thumbprint. */
  certificates: Record<string, ManagementCertificateRecord>;
  hostedServices: Record<string, HostedServiceRecord>;
  storageAccounts: Record<string, StorageAccountRecord>;
  affinityGroups: Record<string, AffinityGroupRecord>;
  osImages: Record<string, OsImageRecord>;
  vmImages: Record<string, VmImageRecord>;
  /** Disks of the repository not attached to a VM (attached ones are read from the roles), by name. Absent in older state. */
  disks?: Record<string, DiskRecord>;
  /** By name, lower case. Absent in older state. */
  reservedIps?: Record<string, ReservedIpRecord>;
  /** By name, lower case. Absent in older state. */
  virtualNetworkSites?: Record<string, VirtualNetworkSiteRecord>;
  /** Resource providers registered with the subscription, by name, lower case. Absent in older state. */
  resourceProviders?: Record<string, { name: string; registered: boolean }>;
}

/** A free disk of the image repository (a VHD blob registered as a disk). */
export interface DiskRecord {
  name: string;
  label?: string;
  /** `Linux` or `Windows` for an OS disk. */
  os?: string;
  mediaLink: string;
  location?: string;
  logicalDiskSizeInGB: number;
  sourceImageName?: string;
  createdTime: string;
}

export interface ReservedIpRecord {
  name: string;
  address: string;
  id: string;
  label?: string;
  location: string;
  state: 'Creating' | 'Created' | 'Deleting';
  serviceName?: string;
  deploymentName?: string;
}

export interface VirtualNetworkSiteRecord {
  name: string;
  id: string;
  location?: string;
  affinityGroup?: string;
  addressPrefixes: string[];
  subnets: { name: string; addressPrefix: string }[];
}

export interface ManagementCertificateRecord {
  thumbprint: string;
  /** Base64 DER. */
  data: string;
  publicKey?: string;
  created: string;
}

export interface HostedServiceRecord {
  serviceName: string;
  label: string;
  description?: string;
  location?: string;
  affinityGroup?: string;
  status: string;
  dateCreated: string;
  dateLastModified: string;
  extendedProperties: Record<string, string>;
  /** By slot, lower case: `production`, `staging`. */
  deployments: Record<string, DeploymentRecord>;
  certificates: Record<string, ServiceCertificateRecord>;
}

export interface ServiceCertificateRecord {
  thumbprint: string;
  thumbprintAlgorithm: string;
  data: string;
}

export interface DeploymentRecord {
  name: string;
  deploymentSlot: 'Production' | 'Staging';
  privateId: string;
  status: string;
  label: string;
  /** The service configuration (.cscfg) XML text. */
  configuration: string;
  packageUrl?: string;
  kind: 'cloudService' | 'virtualMachines';
  roleInstances: RoleInstanceRecord[];
  roles: RoleRecord[];
  upgradeDomainCount: number;
  sdkVersion: string;
  createdTime: string;
  lastModifiedTime: string;
  extendedProperties: Record<string, string>;
  virtualIpAddress: string;
  rollbackAllowed: boolean;
  upgradeStatus?: { upgradeType: string; currentUpgradeDomainState: string; currentUpgradeDomain: number };
  /** The request id of the operation holding exclusive access, while one runs. */
  lockedBy?: string;
  dnsServers?: { name: string; address: string }[];
  /** The reserved IP serving as the deployment's virtual IP. */
  reservedIpName?: string;
  virtualNetworkName?: string;
}

export interface RoleInstanceRecord {
  roleName: string;
  instanceName: string;
  instanceStatus: string;
  instanceUpgradeDomain: number;
  instanceFaultDomain: number;
  instanceSize: string;
  ipAddress: string;
  powerState: string;
  hostName?: string;
  /** When a VM's instance first became ReadyRole (its create finished): the provisioning phases count from here. */
  provisionedAt?: number;
}

/** A role as the wire models it (camelCase of the XML), minus provisioning secrets. */
export interface RoleRecord {
  roleName: string;
  roleType: string;
  osVersion: string;
  roleSize?: string;
  [field: string]: unknown;
}

export interface StorageAccountRecord {
  serviceName: string;
  description?: string;
  label: string;
  location?: string;
  affinityGroup?: string;
  status: string;
  accountType: string;
  creationTime: string;
  extendedProperties: Record<string, string>;
  primaryKey: string;
  secondaryKey: string;
  lockedBy?: string;
}

export interface AffinityGroupRecord {
  name: string;
  label: string;
  description?: string;
  location: string;
  createdTime: string;
}

/** A user OS image (platform images come from the catalog). */
export interface OsImageRecord {
  category: string;
  label: string;
  location: string;
  logicalSizeInGB: number;
  mediaLink: string;
  name: string;
  os: string;
  eula?: string;
  description?: string;
  imageFamily?: string;
  showInGui?: boolean;
  publishedDate?: string;
  isPremium: boolean;
  iconUri?: string;
  privacyUri?: string;
  recommendedVMSize?: string;
  smallIconUri?: string;
  language?: string;
  osState: string;
  replicatedTo?: string[];
}

/** A user VM image (captured); platform VM images come from the catalog. */
export interface VmImageRecord {
  name: string;
  label: string;
  category: string;
  description?: string;
  os: string;
  osState: string;
  mediaLink: string;
  serviceName?: string;
  deploymentName?: string;
  roleName?: string;
  location: string;
  createdTime: string;
  modifiedTime: string;
  language?: string;
  imageFamily?: string;
  recommendedVMSize?: string;
}

export interface OperationRecord {
  readonly id: string;
  readonly subscriptionId: string;
  status: 'InProgress' | 'Succeeded' | 'Failed';
  httpStatusCode?: number;
  error?: { code: string; message: string };
  /** Epoch ms at which an InProgress operation completes. */
  completeAt?: number;
  /** What completing it does: a registered transition and its JSON parameters. */
  transition?: { kind: string; params: Record<string, unknown> };
  /** Epoch ms at which it finished. */
  completedAt?: number;
  /** How the subscription's operation log shows it (requests that change something). */
  log?: OperationLogRecord;
}

export interface OperationLogRecord {
  /** E.g. `CreateStorageService`. */
  name: string;
  /** The resource's path, `/{subscription}/services/...`. */
  objectId: string;
  parameters: Record<string, string>;
  startedAt: number;
  thumbprint?: string;
  clientIp?: string;
}

export function emptyState(): EmulatorState {
  return { version: 1, subscriptions: {}, operations: {} };
}

export function emptySubscription(id: string, name: string, createdTime: string): SubscriptionRecord {
  return {
    id,
    name,
    createdTime,
    certificates: {},
    hostedServices: {},
    storageAccounts: {},
    affinityGroups: {},
    osImages: {},
    vmImages: {},
  };
}
