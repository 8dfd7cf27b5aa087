/** What one digest knows about a subscription: small, JSON, stored to diff the next digest against. */
export interface Snapshot {
  readonly version: 1;
  readonly takenAt: string;
  readonly services: readonly SnapshotService[];
  readonly vms: readonly SnapshotVm[];
  readonly storage: readonly SnapshotStorage[];
  /** When the management certificate stops being valid (ISO), when known. */
  readonly certificateExpiresAt?: string;
}

export interface SnapshotService {
  readonly name: string;
  readonly location?: string;
  readonly deployments: readonly SnapshotDeployment[];
}

export interface SnapshotDeployment {
  readonly name: string;
  /** `production` or `staging`. */
  readonly slot: string;
  /** `Running`, `Suspended`, `Deploying`, … */
  readonly status: string;
  /** Role instances by instance status (`ReadyRole: 2`). */
  readonly instances: Readonly<Record<string, number>>;
  /** The deployment holds virtual machines (persistent VM roles). */
  readonly vm: boolean;
}

export interface SnapshotVm {
  readonly service: string;
  readonly deployment: string;
  readonly name: string;
  /** `Started`, `Stopped`, `Stopped (deallocated)`, `Starting`, … */
  readonly powerState: string;
}

export interface SnapshotStorage {
  readonly name: string;
  readonly location?: string;
  readonly status?: string;
}

/** The part of the management core a snapshot reads: `ServiceManagementClient` fits it. */
export interface SnapshotClient {
  readonly hostedServices: {
    list(options?: { readonly abortSignal?: AbortSignal }): Promise<readonly HostedServiceLike[]>;
    get(name: string, options?: { readonly abortSignal?: AbortSignal; readonly embedDetail?: boolean }): Promise<HostedServiceLike>;
  };
  readonly storageAccounts: {
    list(options?: { readonly abortSignal?: AbortSignal }): Promise<readonly StorageServiceLike[]>;
  };
}

export interface HostedServiceLike {
  readonly serviceName: string;
  readonly hostedServiceProperties?: { readonly location?: string; readonly affinityGroup?: string };
  readonly deployments?: readonly DeploymentLike[];
}

export interface DeploymentLike {
  readonly name: string;
  readonly deploymentSlot?: string;
  readonly status?: string;
  readonly roleInstanceList?: readonly {
    readonly roleName?: string;
    readonly instanceName: string;
    readonly instanceStatus?: string;
    readonly powerState?: string;
  }[];
  readonly roleList?: readonly { readonly roleName: string; readonly roleType?: string }[];
}

export interface StorageServiceLike {
  readonly serviceName?: string;
  readonly storageServiceProperties?: { readonly location?: string; readonly affinityGroup?: string; readonly status?: string };
}
