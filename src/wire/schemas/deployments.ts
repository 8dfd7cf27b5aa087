import { base64, bool, document, int, list, object, text } from '../schema.ts';
import { extendedProperties, nameList } from './common.ts';
import { role } from './virtual-machines.ts';

export const CreateDeployment = document('CreateDeployment', {
  Name: text,
  PackageUrl: text,
  Label: base64,
  Configuration: base64,
  StartDeployment: bool,
  TreatWarningsAsError: bool,
  ExtendedProperties: extendedProperties,
});

export const ChangeConfiguration = document('ChangeConfiguration', {
  Configuration: base64,
  TreatWarningsAsError: bool,
  Mode: text,
  ExtendedProperties: extendedProperties,
});

export const UpdateDeploymentStatus = document('UpdateDeploymentStatus', { Status: text });

export const Swap = document('Swap', { Production: text, SourceDeployment: text });

export const UpgradeDeployment = document('UpgradeDeployment', {
  Mode: text,
  PackageUrl: text,
  Configuration: base64,
  Label: base64,
  RoleToUpgrade: text,
  Force: bool,
  ExtendedProperties: extendedProperties,
});

export const WalkUpgradeDomain = document('WalkUpgradeDomain', { UpgradeDomain: int });

export const RollbackUpdateOrUpgrade = document('RollbackUpdateOrUpgrade', { Mode: text, Force: bool });

export const RoleInstances = document('RoleInstances', nameList);

const instanceEndpoint = object({ Name: text, Vip: text, PublicPort: int, LocalPort: int, Protocol: text });

export const roleInstance = object({
  RoleName: text,
  InstanceName: text,
  InstanceStatus: text,
  InstanceUpgradeDomain: int,
  InstanceFaultDomain: int,
  InstanceSize: text,
  InstanceStateDetails: text,
  InstanceErrorCode: text,
  IpAddress: text,
  InstanceEndpoints: list('InstanceEndpoint', instanceEndpoint),
  PowerState: text,
  HostName: text,
  RemoteAccessCertificateThumbprint: text,
  GuestAgentStatus: object({
    ProtocolVersion: text,
    Timestamp: text,
    GuestAgentVersion: text,
    Status: text,
    FormattedMessage: object({ Language: text, Message: text }),
  }),
  FQDN: text,
});

export const deployment = object({
  Name: text,
  DeploymentSlot: text,
  PrivateID: text,
  Status: text,
  Label: base64,
  Url: text,
  Configuration: base64,
  RoleInstanceList: list('RoleInstance', roleInstance),
  UpgradeStatus: object({ UpgradeType: text, CurrentUpgradeDomainState: text, CurrentUpgradeDomain: int }),
  UpgradeDomainCount: int,
  RoleList: list('Role', role),
  SdkVersion: text,
  Locked: bool,
  RollbackAllowed: bool,
  CreatedTime: text,
  LastModifiedTime: text,
  VirtualNetworkName: text,
  Dns: object({ DnsServers: list('DnsServer', object({ Name: text, Address: text })) }),
  ExtendedProperties: extendedProperties,
  PersistentVMDowntime: object({ StartTime: text, EndTime: text, Status: text }),
  VirtualIPs: list(
    'VirtualIP',
    object({ Address: text, IsDnsProgrammed: bool, Name: text, IsReserved: bool, ReservedIPName: text, Type: text }),
  ),
  InternalDnsSuffix: text,
  LoadBalancers: list('LoadBalancer', object({ Name: text })),
});
export const Deployment = document('Deployment', deployment);
