import type { ExtendedProperties } from './common.ts';
import type { Role } from './virtual-machines.ts';

export type DeploymentSlot = 'production' | 'staging' | 'Production' | 'Staging';
export type DeploymentStatusValue = 'Running' | 'Suspended';

export interface InstanceEndpoint {
  readonly name?: string;
  readonly vip?: string;
  readonly publicPort?: number;
  readonly localPort?: number;
  readonly protocol?: string;
}

export interface RoleInstance {
  readonly roleName?: string;
  readonly instanceName: string;
  readonly instanceStatus?: string;
  readonly instanceUpgradeDomain?: number;
  readonly instanceFaultDomain?: number;
  readonly instanceSize?: string;
  readonly instanceStateDetails?: string;
  readonly instanceErrorCode?: string;
  readonly ipAddress?: string;
  readonly instanceEndpoints?: readonly InstanceEndpoint[];
  readonly powerState?: string;
  readonly hostName?: string;
  readonly remoteAccessCertificateThumbprint?: string;
  /** Reported once the VM's guest agent is up (VMs created with `provisionGuestAgent`). */
  readonly guestAgentStatus?: {
    readonly protocolVersion?: string;
    readonly timestamp?: string;
    readonly guestAgentVersion?: string;
    /** `Ready` or `NotReady`. */
    readonly status?: string;
    readonly formattedMessage?: { readonly language?: string; readonly message?: string };
  };
  readonly fqdn?: string;
}

export interface VirtualIP {
  readonly address?: string;
  readonly isDnsProgrammed?: boolean;
  readonly name?: string;
  readonly isReserved?: boolean;
  readonly reservedIPName?: string;
  readonly type?: string;
}

export interface Deployment {
  readonly name: string;
  readonly deploymentSlot?: string;
  readonly privateID?: string;
  readonly status?: string;
  readonly label?: string;
  readonly url?: string;
  /** The service configuration (.cscfg XML), decoded. */
  readonly configuration?: string;
  readonly roleInstanceList?: readonly RoleInstance[];
  readonly upgradeStatus?: {
    readonly upgradeType?: string;
    readonly currentUpgradeDomainState?: string;
    readonly currentUpgradeDomain?: number;
  };
  readonly upgradeDomainCount?: number;
  readonly roleList?: readonly Role[];
  readonly sdkVersion?: string;
  readonly locked?: boolean;
  readonly rollbackAllowed?: boolean;
  readonly createdTime?: string;
  readonly lastModifiedTime?: string;
  readonly virtualNetworkName?: string;
  readonly dns?: { readonly dnsServers?: readonly { readonly name: string; readonly address: string }[] };
  readonly extendedProperties?: ExtendedProperties;
  readonly persistentVMDowntime?: { readonly startTime?: string; readonly endTime?: string; readonly status?: string };
  readonly virtualIPs?: readonly VirtualIP[];
  readonly internalDnsSuffix?: string;
}

/** `configuration` is the .cscfg XML as text; it is base64-encoded on the wire. */
export interface CreateDeploymentInput {
  readonly name: string;
  readonly packageUrl: string;
  readonly label: string;
  readonly configuration: string;
  readonly startDeployment?: boolean;
  readonly treatWarningsAsError?: boolean;
  readonly extendedProperties?: ExtendedProperties;
}

export interface ChangeConfigurationInput {
  readonly configuration: string;
  readonly treatWarningsAsError?: boolean;
  readonly mode?: 'Auto' | 'Manual' | 'Simultaneous';
  readonly extendedProperties?: ExtendedProperties;
}

export interface SwapInput {
  /** Name of the deployment in the production slot (omit when production is empty). */
  readonly production?: string;
  /** Name of the deployment to move to production. */
  readonly sourceDeployment: string;
}

export interface UpgradeDeploymentInput {
  readonly mode: 'Auto' | 'Manual' | 'Simultaneous';
  readonly packageUrl: string;
  readonly configuration: string;
  readonly label: string;
  readonly roleToUpgrade?: string;
  readonly force?: boolean;
  readonly extendedProperties?: ExtendedProperties;
}

export interface RollbackInput {
  readonly mode: 'Auto' | 'Manual';
  readonly force: boolean;
}
