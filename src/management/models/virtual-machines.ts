export interface SshKey {
  readonly fingerprint: string;
  readonly path: string;
}

export interface LinuxProvisioningConfiguration {
  readonly configurationSetType: 'LinuxProvisioningConfiguration';
  readonly hostName: string;
  readonly userName: string;
  readonly userPassword?: string;
  readonly disableSshPasswordAuthentication?: boolean;
  readonly ssh?: { readonly publicKeys?: readonly SshKey[]; readonly keyPairs?: readonly SshKey[] };
  /** Plain text; base64-encoded on the wire. */
  readonly customData?: string;
}

export interface WindowsProvisioningConfiguration {
  readonly configurationSetType: 'WindowsProvisioningConfiguration';
  readonly computerName: string;
  readonly adminPassword: string;
  readonly adminUsername: string;
  readonly resetPasswordOnFirstLogon?: boolean;
  readonly enableAutomaticUpdates?: boolean;
  readonly timeZone?: string;
  readonly domainJoin?: {
    readonly credentials?: { readonly domain?: string; readonly username?: string; readonly password?: string };
    readonly joinDomain?: string;
    readonly machineObjectOU?: string;
  };
  readonly storedCertificateSettings?: readonly {
    readonly storeLocation: string;
    readonly storeName: string;
    readonly thumbprint: string;
  }[];
  readonly winRM?: { readonly listeners?: readonly { readonly protocol: string; readonly certificateThumbprint?: string }[] };
  readonly customData?: string;
}

export interface InputEndpoint {
  readonly loadBalancedEndpointSetName?: string;
  readonly localPort: number;
  readonly name: string;
  readonly port: number;
  readonly loadBalancerProbe?: {
    readonly path?: string;
    readonly port: number;
    readonly protocol: string;
    /** Seconds between probes (service default 15). */
    readonly intervalInSeconds?: number;
    /** Seconds without an answer before the instance leaves the rotation (service default 31). */
    readonly timeoutInSeconds?: number;
  };
  readonly protocol: 'tcp' | 'udp' | 'TCP' | 'UDP';
  readonly enableDirectServerReturn?: boolean;
  readonly idleTimeoutInMinutes?: number;
  readonly vip?: string;
}

export interface NetworkConfiguration {
  readonly configurationSetType: 'NetworkConfiguration';
  readonly inputEndpoints?: readonly InputEndpoint[];
  readonly subnetNames?: readonly string[];
  readonly staticVirtualNetworkIPAddress?: string;
  readonly publicIPs?: readonly { readonly name: string; readonly idleTimeoutInMinutes?: number; readonly address?: string }[];
}

export type ConfigurationSet = LinuxProvisioningConfiguration | WindowsProvisioningConfiguration | NetworkConfiguration;

export interface DataVirtualHardDisk {
  readonly hostCaching?: 'None' | 'ReadOnly' | 'ReadWrite';
  readonly diskLabel?: string;
  readonly diskName?: string;
  readonly lun?: number;
  readonly logicalDiskSizeInGB?: number;
  readonly mediaLink?: string;
  readonly sourceMediaLink?: string;
  readonly ioType?: string;
}

export interface OSVirtualHardDisk {
  readonly hostCaching?: 'ReadOnly' | 'ReadWrite';
  readonly diskLabel?: string;
  readonly diskName?: string;
  readonly mediaLink?: string;
  readonly sourceImageName?: string;
  readonly os?: string;
  readonly remoteSourceImageLink?: string;
  readonly ioType?: string;
}

export interface ResourceExtensionReference {
  readonly referenceName: string;
  readonly publisher: string;
  readonly name: string;
  readonly version: string;
  readonly resourceExtensionParameterValues?: readonly { readonly key: string; readonly value: string; readonly type?: string }[];
  readonly state?: string;
}

/** A VM role. Either `osVirtualHardDisk` (image + media link) or `vmImageName` says what it boots from. */
export interface Role {
  readonly roleName: string;
  readonly roleType?: 'PersistentVMRole';
  readonly osVersion?: string;
  readonly configurationSets?: readonly ConfigurationSet[];
  readonly resourceExtensionReferences?: readonly ResourceExtensionReference[];
  readonly vmImageName?: string;
  readonly mediaLocation?: string;
  readonly availabilitySetName?: string;
  readonly dataVirtualHardDisks?: readonly DataVirtualHardDisk[];
  readonly osVirtualHardDisk?: OSVirtualHardDisk;
  readonly roleSize?: string;
  readonly provisionGuestAgent?: boolean;
  readonly defaultWinRmCertificateThumbprint?: string;
}

export interface CreateVirtualMachineDeploymentInput {
  readonly deploymentName: string;
  readonly slot?: 'Production' | 'Staging';
  /** Plain text (this request carries it unencoded). Defaults to the deployment name. */
  readonly label?: string;
  readonly role: Role;
  readonly virtualNetworkName?: string;
  readonly dnsServers?: readonly { readonly name: string; readonly address: string }[];
  readonly reservedIPName?: string;
}

export type PostShutdownAction = 'Stopped' | 'StoppedDeallocated';

export interface CaptureRoleInput {
  readonly postCaptureAction: 'Delete' | 'Reprovision';
  readonly targetImageName: string;
  readonly targetImageLabel: string;
  readonly provisioningConfiguration?: LinuxProvisioningConfiguration | WindowsProvisioningConfiguration;
}
