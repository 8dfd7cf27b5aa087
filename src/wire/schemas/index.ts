import * as affinityGroups from './affinity-groups.ts';
import * as certificates from './certificates.ts';
import * as deployments from './deployments.ts';
import * as disks from './disks.ts';
import * as extensions from './extensions.ts';
import * as hostedServices from './hosted-services.ts';
import * as images from './images.ts';
import * as networking from './networking.ts';
import * as operations from './operations.ts';
import * as storage from './storage.ts';
import * as subscription from './subscription.ts';
import * as subscriptionOperations from './subscription-operations.ts';
import * as virtualMachines from './virtual-machines.ts';

/** Every ASM document the product sends or receives, keyed by a descriptive name (`.root` is the XML root). */
export const schemas = {
  // subscription, locations, role sizes, operating systems
  Subscription: subscription.Subscription,
  Locations: subscription.Locations,
  RoleSizes: subscription.RoleSizes,
  OperatingSystems: subscription.OperatingSystems,
  OperatingSystemFamilies: subscription.OperatingSystemFamilies,
  SubscriptionOperationCollection: subscriptionOperations.SubscriptionOperationCollection,
  // cloud services
  CreateHostedService: hostedServices.CreateHostedService,
  UpdateHostedService: hostedServices.UpdateHostedService,
  HostedService: hostedServices.HostedService,
  HostedServices: hostedServices.HostedServices,
  AvailabilityResponse: hostedServices.AvailabilityResponse,
  // service certificates of a cloud service
  CertificateFile: certificates.CertificateFile,
  Certificate: certificates.Certificate,
  Certificates: certificates.Certificates,
  SubscriptionCertificate: certificates.SubscriptionCertificate,
  SubscriptionCertificates: certificates.SubscriptionCertificates,
  // deployments and role instances
  CreateDeployment: deployments.CreateDeployment,
  ChangeConfiguration: deployments.ChangeConfiguration,
  UpdateDeploymentStatus: deployments.UpdateDeploymentStatus,
  Swap: deployments.Swap,
  UpgradeDeployment: deployments.UpgradeDeployment,
  WalkUpgradeDomain: deployments.WalkUpgradeDomain,
  RollbackUpdateOrUpgrade: deployments.RollbackUpdateOrUpgrade,
  RoleInstances: deployments.RoleInstances,
  Deployment: deployments.Deployment,
  // storage accounts
  CreateStorageServiceInput: storage.CreateStorageServiceInput,
  UpdateStorageServiceInput: storage.UpdateStorageServiceInput,
  RegenerateKeys: storage.RegenerateKeys,
  StorageService: storage.StorageService,
  StorageServices: storage.StorageServices,
  // affinity groups
  CreateAffinityGroup: affinityGroups.CreateAffinityGroup,
  UpdateAffinityGroup: affinityGroups.UpdateAffinityGroup,
  AffinityGroup: affinityGroups.AffinityGroup,
  AffinityGroups: affinityGroups.AffinityGroups,
  // images
  OSImage: images.OSImage,
  Images: images.Images,
  OSImageDetails: images.OSImageDetails,
  VMImages: images.VMImages,
  // virtual machines
  CreateVirtualMachineDeployment: virtualMachines.CreateVirtualMachineDeployment,
  PersistentVMRole: virtualMachines.PersistentVMRole,
  StartRoleOperation: virtualMachines.StartRoleOperation,
  RestartRoleOperation: virtualMachines.RestartRoleOperation,
  ShutdownRoleOperation: virtualMachines.ShutdownRoleOperation,
  StartRolesOperation: virtualMachines.StartRolesOperation,
  ShutdownRolesOperation: virtualMachines.ShutdownRolesOperation,
  CaptureRoleOperation: virtualMachines.CaptureRoleOperation,
  CaptureRoleAsVMImageOperation: virtualMachines.CaptureRoleAsVMImageOperation,
  DataVirtualHardDisk: virtualMachines.DataVirtualHardDisk,
  // disks of the image repository
  Disk: disks.Disk,
  Disks: disks.Disks,
  // networking: reserved IPs, DNS servers of a deployment, virtual network sites
  ReservedIP: networking.ReservedIP,
  ReservedIPs: networking.ReservedIPs,
  ReservedIPAssociation: networking.ReservedIPAssociation,
  DnsServer: networking.DnsServer,
  VirtualNetworkSites: networking.VirtualNetworkSites,
  // resource extensions
  ResourceExtensions: extensions.ResourceExtensions,
  // operations and errors
  Operation: operations.Operation,
  Error: operations.ErrorDocument,
} as const;

export type SchemaName = keyof typeof schemas;
