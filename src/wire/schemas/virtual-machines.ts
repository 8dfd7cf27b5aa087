import { base64, bool, document, int, list, object, text } from '../schema.ts';
import { nameList } from './common.ts';

const inputEndpoint = object({
  LoadBalancedEndpointSetName: text,
  LocalPort: int,
  Name: text,
  Port: int,
  LoadBalancerProbe: object({ Path: text, Port: int, Protocol: text, IntervalInSeconds: int, TimeoutInSeconds: int }),
  Protocol: text,
  EnableDirectServerReturn: bool,
  IdleTimeoutInMinutes: int,
  Vip: text,
});

const sshKeys = (item: string) => list(item, object({ Fingerprint: text, Path: text }));

/**
 * One schema for the three configuration set types (Windows provisioning, Linux provisioning,
 * network): their fields are disjoint, and this order keeps each type's own order.
 */
const configurationSet = object({
  ConfigurationSetType: text,
  // WindowsProvisioningConfiguration
  ComputerName: text,
  AdminPassword: text,
  ResetPasswordOnFirstLogon: bool,
  EnableAutomaticUpdates: bool,
  TimeZone: text,
  DomainJoin: object({
    Credentials: object({ Domain: text, Username: text, Password: text }),
    JoinDomain: text,
    MachineObjectOU: text,
  }),
  StoredCertificateSettings: list(
    'CertificateSetting',
    object({ StoreLocation: text, StoreName: text, Thumbprint: text }),
  ),
  WinRM: object({ Listeners: list('Listener', object({ Protocol: text, CertificateThumbprint: text })) }),
  AdminUsername: text,
  // LinuxProvisioningConfiguration
  HostName: text,
  UserName: text,
  UserPassword: text,
  DisableSshPasswordAuthentication: bool,
  SSH: object({ PublicKeys: sshKeys('PublicKey'), KeyPairs: sshKeys('KeyPair') }),
  // both provisioning types
  CustomData: base64,
  AdditionalUnattendContent: object({
    Passes: list(
      'UnattendPass',
      object({
        PassName: text,
        Components: list(
          'UnattendComponent',
          object({
            ComponentName: text,
            ComponentSettings: list('ComponentSetting', object({ SettingName: text, Content: text })),
          }),
        ),
      }),
    ),
  }),
  // NetworkConfiguration
  InputEndpoints: list('InputEndpoint', inputEndpoint),
  SubnetNames: list('SubnetName', text),
  StaticVirtualNetworkIPAddress: text,
  PublicIPs: list('PublicIP', object({ Name: text, IdleTimeoutInMinutes: int, Address: text })),
});

const dataVirtualHardDisk = object({
  HostCaching: text,
  DiskLabel: text,
  DiskName: text,
  Lun: int,
  LogicalDiskSizeInGB: int,
  MediaLink: text,
  SourceMediaLink: text,
  IOType: text,
});
/** Get, Add and Update Data Disk of a role. */
export const DataVirtualHardDisk = document('DataVirtualHardDisk', dataVirtualHardDisk);

export const osVirtualHardDisk = object({
  HostCaching: text,
  DiskLabel: text,
  DiskName: text,
  MediaLink: text,
  SourceImageName: text,
  OS: text,
  RemoteSourceImageLink: text,
  IOType: text,
});

/** A VM role, as sent in a VM deployment, add/update role, and as returned by get role. */
export const role = object({
  RoleName: text,
  OsVersion: text,
  RoleType: text,
  ConfigurationSets: list('ConfigurationSet', configurationSet),
  ResourceExtensionReferences: list(
    'ResourceExtensionReference',
    object({
      ReferenceName: text,
      Publisher: text,
      Name: text,
      Version: text,
      ResourceExtensionParameterValues: list(
        'ResourceExtensionParameterValue',
        object({ Key: text, Value: text, Type: text }),
      ),
      State: text,
    }),
  ),
  VMImageName: text,
  MediaLocation: text,
  AvailabilitySetName: text,
  DataVirtualHardDisks: list('DataVirtualHardDisk', dataVirtualHardDisk),
  OSVirtualHardDisk: osVirtualHardDisk,
  RoleSize: text,
  ProvisionGuestAgent: bool,
  DefaultWinRmCertificateThumbprint: text,
});

export const PersistentVMRole = document('PersistentVMRole', role);

/** Create Virtual Machine Deployment: its `Label` is plain text, unlike other deployment labels. */
export const CreateVirtualMachineDeployment = document('Deployment', {
  Name: text,
  DeploymentSlot: text,
  Label: text,
  RoleList: list('Role', role),
  VirtualNetworkName: text,
  Dns: object({ DnsServers: list('DnsServer', object({ Name: text, Address: text })) }),
  ReservedIPName: text,
});

export const StartRoleOperation = document('StartRoleOperation', { OperationType: text });
export const RestartRoleOperation = document('RestartRoleOperation', { OperationType: text });
export const ShutdownRoleOperation = document('ShutdownRoleOperation', {
  OperationType: text,
  PostShutdownAction: text,
});
export const StartRolesOperation = document('StartRolesOperation', { OperationType: text, Roles: nameList });
export const ShutdownRolesOperation = document('ShutdownRolesOperation', {
  OperationType: text,
  Roles: nameList,
  PostShutdownAction: text,
});
export const CaptureRoleOperation = document('CaptureRoleOperation', {
  OperationType: text,
  PostCaptureAction: text,
  ProvisioningConfiguration: configurationSet,
  TargetImageLabel: text,
  TargetImageName: text,
});
export const CaptureRoleAsVMImageOperation = document('CaptureRoleAsVMImageOperation', {
  OperationType: text,
  OSState: text,
  VMImageName: text,
  VMImageLabel: text,
  Description: text,
  Language: text,
  ImageFamily: text,
  RecommendedVMSize: text,
});
