import { ManagementCertificate } from './credentials/index.ts';
import { AffinityGroupOperations } from './operations/affinity-groups.ts';
import { DataDiskOperations } from './operations/data-disks.ts';
import { DeploymentOperations } from './operations/deployments.ts';
import { DiskOperations } from './operations/disks.ts';
import { DnsServerOperations } from './operations/dns-servers.ts';
import { HostedServiceOperations } from './operations/hosted-services.ts';
import { ManagementCertificateOperations } from './operations/management-certificates.ts';
import { OperatingSystemOperations } from './operations/operating-systems.ts';
import { OperationStatusOperations } from './operations/operation-status.ts';
import { OSImageOperations } from './operations/os-images.ts';
import { ReservedIPOperations } from './operations/reserved-ips.ts';
import { ResourceExtensionOperations } from './operations/resource-extensions.ts';
import { StorageAccountOperations } from './operations/storage-accounts.ts';
import { LocationOperations, SubscriptionOperations } from './operations/subscription.ts';
import { VirtualMachineOperations } from './operations/virtual-machines.ts';
import { VirtualNetworkOperations } from './operations/virtual-networks.ts';
import { VMImageOperations } from './operations/vm-images.ts';
import { ServiceCertificateOperations } from './operations/service-certificates.ts';
import { RequestContext } from './request-context.ts';
import { Transport, type RetryOptions } from './transport/index.ts';
import { invalidArgument } from './validation.ts';

export const DEFAULT_ENDPOINT = 'https://management.core.windows.net';

export interface ServiceManagementClientOptions {
  readonly subscriptionId: string;
  readonly certificate: ManagementCertificate;
  /** Default `https://management.core.windows.net`. */
  readonly endpoint?: string;
  /** Extra trusted server certificates (e.g. the emulator's CA), added to the system roots. */
  readonly ca?: string | Buffer | Array<string | Buffer>;
  /** Per-request timeout, default 65 s. */
  readonly timeoutMs?: number;
  /** Retries of idempotent requests; `{ maxRetries: 0 }` turns them off. */
  readonly retry?: RetryOptions;
  readonly userAgent?: string;
}

/**
 * A client of the Azure Service Management API for one subscription, authenticated with a
 * management certificate over mutual TLS. Connections are kept alive: reuse one client, and
 * `close()` it when done.
 */
export class ServiceManagementClient {
  readonly subscriptionId: string;
  readonly endpoint: string;
  readonly subscription: SubscriptionOperations;
  readonly locations: LocationOperations;
  readonly hostedServices: HostedServiceOperations;
  readonly serviceCertificates: ServiceCertificateOperations;
  readonly deployments: DeploymentOperations;
  readonly storageAccounts: StorageAccountOperations;
  readonly affinityGroups: AffinityGroupOperations;
  readonly operatingSystems: OperatingSystemOperations;
  readonly osImages: OSImageOperations;
  readonly vmImages: VMImageOperations;
  readonly virtualMachines: VirtualMachineOperations;
  readonly operations: OperationStatusOperations;
  readonly managementCertificates: ManagementCertificateOperations;
  readonly disks: DiskOperations;
  readonly dataDisks: DataDiskOperations;
  readonly reservedIPs: ReservedIPOperations;
  readonly dnsServers: DnsServerOperations;
  readonly resourceExtensions: ResourceExtensionOperations;
  readonly virtualNetworks: VirtualNetworkOperations;
  readonly #transport: Transport;

  constructor(options: ServiceManagementClientOptions) {
    if (!options?.subscriptionId) throw invalidArgument('subscriptionId is required: the id of the subscription to manage.');
    if (!(options.certificate instanceof ManagementCertificate)) {
      throw invalidArgument('certificate must be a ManagementCertificate (ManagementCertificate.fromPem, fromPfx or fromPublishSettings).');
    }
    this.subscriptionId = options.subscriptionId;
    this.endpoint = checkEndpoint(options.endpoint ?? DEFAULT_ENDPOINT);
    this.#transport = new Transport({
      endpoint: this.endpoint,
      subscriptionId: options.subscriptionId,
      certificate: options.certificate,
      ...(options.ca === undefined ? {} : { ca: options.ca }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    });
    const context = new RequestContext(this.#transport);
    this.subscription = new SubscriptionOperations(context);
    this.locations = new LocationOperations(context);
    this.hostedServices = new HostedServiceOperations(context);
    this.serviceCertificates = new ServiceCertificateOperations(context);
    this.deployments = new DeploymentOperations(context);
    this.storageAccounts = new StorageAccountOperations(context);
    this.affinityGroups = new AffinityGroupOperations(context);
    this.operatingSystems = new OperatingSystemOperations(context);
    this.osImages = new OSImageOperations(context);
    this.vmImages = new VMImageOperations(context);
    this.virtualMachines = new VirtualMachineOperations(context);
    this.operations = new OperationStatusOperations(context);
    this.managementCertificates = new ManagementCertificateOperations(context);
    this.disks = new DiskOperations(context);
    this.dataDisks = new DataDiskOperations(context);
    this.reservedIPs = new ReservedIPOperations(context);
    this.dnsServers = new DnsServerOperations(context);
    this.resourceExtensions = new ResourceExtensionOperations(context);
    this.virtualNetworks = new VirtualNetworkOperations(context);
  }

  /** Closes the kept-alive connections. */
  close(): Promise<void> {
    return this.#transport.close();
  }
}

function checkEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw invalidArgument(`The endpoint '${endpoint}' is not a URL; use e.g. ${DEFAULT_ENDPOINT}.`);
  }
  if (url.protocol !== 'https:') throw invalidArgument(`The endpoint must use https (mutual TLS), not '${url.protocol}'.`);
  return endpoint.replace(/\/+$/, '');
}
