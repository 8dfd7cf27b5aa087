/** A reserved (static public) IP address of the subscription. */
export interface ReservedIP {
  readonly name: string;
  readonly address?: string;
  readonly id?: string;
  readonly label?: string;
  /** `Created`, `Creating`, `Updating`, `Deleting`, `Unavailable`. */
  readonly state?: string;
  /** Whether a deployment uses it; absent when not. */
  readonly inUse?: boolean;
  readonly serviceName?: string;
  readonly deploymentName?: string;
  readonly location?: string;
}

export interface CreateReservedIPInput {
  readonly name: string;
  readonly location: string;
  readonly label?: string;
}

export interface ReservedIPAssociationInput {
  readonly serviceName: string;
  readonly deploymentName: string;
  /** The deployment's virtual IP to (dis)associate; default its first. */
  readonly virtualIPName?: string;
}

export interface DnsServer {
  readonly name: string;
  readonly address: string;
}

export interface VirtualNetworkSite {
  readonly name: string;
  readonly label?: string;
  readonly id?: string;
  readonly affinityGroup?: string;
  readonly location?: string;
  readonly state?: string;
  readonly addressSpace?: { readonly addressPrefixes?: readonly string[] };
  readonly subnets?: readonly { readonly name: string; readonly addressPrefix?: string }[];
  readonly dnsServers?: readonly DnsServer[];
}

/** A VM extension as its publisher offers it (one entry per version when listing versions). */
export interface ResourceExtension {
  readonly publisher: string;
  readonly name: string;
  readonly version: string;
  readonly label?: string;
  readonly description?: string;
  readonly publicConfigurationSchema?: string;
  readonly privateConfigurationSchema?: string;
  readonly sampleConfig?: string;
  readonly replicationCompleted?: boolean;
  readonly eula?: string;
  readonly privacyUri?: string;
  readonly homepageUri?: string;
  readonly isJsonExtension?: boolean;
  readonly isInternalExtension?: boolean;
  readonly disallowMajorVersionUpgrade?: boolean;
  readonly supportedOS?: string;
  readonly companyName?: string;
  readonly publishedDate?: string;
  readonly regions?: readonly string[];
}
