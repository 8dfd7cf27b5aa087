/**
 * The part of the management core's `ServiceManagementClient` that commands use. Plans name calls
 * as `group.method`; the executor resolves them on this object, so any client of that shape works.
 */
export interface CallOptions {
  readonly abortSignal?: AbortSignal;
}

export interface OperationStatusLike {
  readonly id?: string;
  readonly status: string;
  readonly httpStatusCode?: number;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface WaitOptionsLike extends CallOptions {
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  readonly onProgress?: (status: OperationStatusLike) => void;
}

/** Reads a planner may make before planning (which OS an image has, where VHDs can go, slot names). */
export interface PlannerReads {
  readonly osImages: {
    get(name: string, options?: CallOptions): Promise<{ readonly name: string; readonly os?: string }>;
    list(options?: CallOptions): Promise<readonly { readonly name: string }[]>;
  };
  readonly vmImages: {
    list(options?: CallOptions & { readonly location?: string }): Promise<readonly { readonly name: string; readonly osDiskConfiguration?: { readonly os?: string } }[]>;
  };
  readonly storageAccounts: {
    list(options?: CallOptions): Promise<readonly {
      readonly serviceName?: string;
      readonly storageServiceProperties?: { readonly location?: string; readonly endpoints?: readonly string[]; readonly status?: string };
    }[]>;
  };
  readonly deployments: {
    getBySlot(service: string, slot: 'production' | 'staging', options?: CallOptions): Promise<DeploymentLike>;
    getByName(service: string, name: string, options?: CallOptions): Promise<DeploymentLike>;
  };
  readonly hostedServices: {
    get(name: string, options?: CallOptions & { readonly embedDetail?: boolean }): Promise<HostedServiceLike>;
  };
  readonly subscription: {
    listRoleSizes(options?: CallOptions): Promise<readonly { readonly name: string; readonly supportedByVirtualMachines?: boolean; readonly maxDataDiskCount?: number }[]>;
  };
  readonly disks: {
    get(name: string, options?: CallOptions): Promise<DiskLike>;
  };
  readonly reservedIPs: {
    get(name: string, options?: CallOptions): Promise<ReservedIPLike>;
  };
}

/** What planners read of a disk of the repository: whether it is attached, and where its VHD is. */
export interface DiskLike {
  readonly name: string;
  readonly os?: string;
  readonly mediaLink?: string;
  readonly logicalDiskSizeInGB?: number;
  readonly attachedTo?: { readonly hostedServiceName?: string; readonly deploymentName?: string; readonly roleName?: string };
}

/** What planners read of a reserved IP: its address and which deployment uses it. */
export interface ReservedIPLike {
  readonly name: string;
  readonly address?: string;
  readonly state?: string;
  readonly inUse?: boolean;
  readonly serviceName?: string;
  readonly deploymentName?: string;
  readonly location?: string;
}

/** A data disk of a VM role, as the service reports it (LUN 0 may come without its LUN). */
export interface DataDiskLike {
  readonly diskName?: string;
  readonly diskLabel?: string;
  readonly mediaLink?: string;
  readonly lun?: number;
  readonly logicalDiskSizeInGB?: number;
  readonly hostCaching?: string;
}

/** What VM planners read of a deployment: its roles (VMs and web/worker roles) and their disks. */
export interface DeploymentLike {
  readonly name: string;
  readonly deploymentSlot?: string;
  readonly status?: string;
  readonly locked?: boolean;
  readonly roleList?: readonly {
    readonly roleName: string;
    readonly roleType?: string;
    readonly roleSize?: string;
    readonly vmImageName?: string;
    readonly osVirtualHardDisk?: { readonly diskName?: string; readonly mediaLink?: string };
    readonly dataVirtualHardDisks?: readonly DataDiskLike[];
  }[];
}

export interface HostedServiceLike {
  readonly serviceName: string;
  readonly hostedServiceProperties?: { readonly location?: string; readonly affinityGroup?: string; readonly label?: string; readonly description?: string };
  readonly deployments?: readonly DeploymentLike[];
}

export interface ManagementClientLike extends PlannerReads {
  readonly locations: object;
  readonly affinityGroups: object;
  readonly operatingSystems: object;
  readonly virtualMachines: object;
  readonly operations: {
    get(requestId: string, options?: CallOptions): Promise<OperationStatusLike>;
    wait(requestId: string, options?: WaitOptionsLike): Promise<unknown>;
  };
}
