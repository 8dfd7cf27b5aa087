import { base64, document, int, list, object, text, bool, textList } from '../schema.ts';
import { computeCapabilities, storageCapabilities } from './common.ts';

export const Subscription = document('Subscription', {
  SubscriptionID: text,
  SubscriptionName: text,
  SubscriptionStatus: text,
  AccountAdminLiveEmailId: text,
  ServiceAdminLiveEmailId: text,
  MaxCoreCount: int,
  MaxStorageAccounts: int,
  MaxHostedServices: int,
  CurrentCoreCount: int,
  CurrentHostedServices: int,
  CurrentStorageAccounts: int,
  MaxVirtualNetworkSites: int,
  CurrentVirtualNetworkSites: int,
  MaxLocalNetworkSites: int,
  MaxDnsServers: int,
  OfferCategories: text,
  AADTenantID: text,
  CreatedTime: text,
  MaxReservedIPs: int,
  CurrentReservedIPs: int,
  MaxPublicIPCount: int,
  CurrentNetworkSecurityGroups: int,
  MaxNetworkSecurityGroups: int,
  MaxNetworkSecurityRulesPerGroup: int,
  MaxRouteTables: int,
  MaxRoutesPerRouteTable: int,
});

export const location = object({
  Name: text,
  DisplayName: text,
  AvailableServices: textList('AvailableService'),
  ComputeCapabilities: computeCapabilities,
  StorageCapabilities: storageCapabilities,
});
export const Locations = document('Locations', list('Location', location));

export const roleSize = object({
  Name: text,
  Label: text,
  Cores: int,
  MemoryInMb: int,
  SupportedByWebWorkerRoles: bool,
  SupportedByVirtualMachines: bool,
  MaxDataDiskCount: int,
  WebWorkerResourceDiskSizeInMb: int,
  VirtualMachineResourceDiskSizeInMb: int,
});
export const RoleSizes = document('RoleSizes', list('RoleSize', roleSize));

const operatingSystemFields = {
  Version: text,
  Label: base64,
  IsDefault: bool,
  IsActive: bool,
  Family: int,
  FamilyLabel: base64,
};
export const OperatingSystems = document('OperatingSystems', list('OperatingSystem', object(operatingSystemFields)));

export const OperatingSystemFamilies = document(
  'OperatingSystemFamilies',
  list(
    'OperatingSystemFamily',
    object({ Name: text, Label: base64, OperatingSystems: list('OperatingSystem', object(operatingSystemFields)) }),
  ),
);
