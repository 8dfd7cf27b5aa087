import { createHash } from 'node:crypto';
import { findPlatformOsImage, findPlatformVmImage, findRoleSize } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import type { RoleRecord, SubscriptionRecord } from '../persistence/index.ts';
import { required } from './common.ts';

type Json = Record<string, unknown>;

export interface ProvisionedRole {
  readonly role: RoleRecord;
  readonly hostName: string | undefined;
  readonly roleSize: string;
}

const PROVISIONING = ['LinuxProvisioningConfiguration', 'WindowsProvisioningConfiguration'];

function imageFor(subscription: SubscriptionRecord, role: Json): { os: string; generalized: boolean; sourceImageName?: string } {
  const vmImageName = role['vmImageName'] as string | undefined;
  if (vmImageName) {
    const platform = findPlatformVmImage(vmImageName);
    const user = subscription.vmImages[vmImageName];
    if (!platform && !user) throw errors.badRequest(`The virtual machine image ${vmImageName} does not exist.`);
    const os = platform?.osDiskConfiguration.os ?? user?.os ?? 'Linux';
    const state = platform?.osDiskConfiguration.osState ?? user?.osState ?? 'Generalized';
    return { os, generalized: state === 'Generalized', sourceImageName: platform?.osDiskConfiguration.name ?? `${vmImageName}-os` };
  }
  const disk = role['osVirtualHardDisk'] as Json | undefined;
  if (!disk) throw errors.badRequest('The role needs an OSVirtualHardDisk or a VMImageName.');
  const sourceImageName = disk['sourceImageName'] as string | undefined;
  if (sourceImageName) {
    const image = findPlatformOsImage(sourceImageName) ?? subscription.osImages[sourceImageName];
    if (!image) throw errors.badRequest(`The image ${sourceImageName} does not exist.`);
    return { os: image.os, generalized: true, sourceImageName };
  }
  if (disk['remoteSourceImageLink']) return { os: required(disk['os'] as string | undefined, 'OS'), generalized: true };
  // An existing disk, attached as is: specialized, no provisioning.
  required(disk['diskName'] as string | undefined, 'DiskName');
  return { os: (disk['os'] as string | undefined) ?? 'Linux', generalized: false };
}

function checkProvisioning(set: Json | undefined, os: string, generalized: boolean): string | undefined {
  if (!set) {
    if (generalized) throw errors.badRequest('A provisioning configuration set is required to create a virtual machine from a generalized image.');
    return undefined;
  }
  const type = set['configurationSetType'];
  if ((type === 'LinuxProvisioningConfiguration') !== (os === 'Linux')) {
    throw errors.badRequest(`The provisioning configuration ${String(type)} does not match the operating system (${os}) of the image.`);
  }
  if (type === 'LinuxProvisioningConfiguration') {
    const hostName = required(set['hostName'] as string | undefined, 'HostName');
    required(set['userName'] as string | undefined, 'UserName');
    if (set['disableSshPasswordAuthentication'] !== true) required(set['userPassword'] as string | undefined, 'UserPassword');
    return hostName;
  }
  const computerName = required(set['computerName'] as string | undefined, 'ComputerName');
  if (computerName.length > 15) throw errors.badRequest('The computer name may be at most 15 characters long.');
  required(set['adminPassword'] as string | undefined, 'AdminPassword');
  required(set['adminUsername'] as string | undefined, 'AdminUsername');
  return computerName;
}

function checkEndpoints(network: Json | undefined): void {
  const endpoints = (network?.['inputEndpoints'] as Json[] | undefined) ?? [];
  const names = new Set<string>();
  const ports = new Set<string>();
  for (const endpoint of endpoints) {
    const name = required(endpoint['name'] as string | undefined, 'InputEndpoint/Name');
    const protocol = String(required(endpoint['protocol'] as string | undefined, 'InputEndpoint/Protocol')).toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'udp') throw errors.badRequest(`The protocol of endpoint ${name} must be tcp or udp.`);
    for (const field of ['port', 'localPort']) {
      const port = endpoint[field];
      if (typeof port !== 'number' || port < 1 || port > 65535) {
        throw errors.badRequest(`The ${field === 'port' ? 'Port' : 'LocalPort'} of endpoint ${name} must be between 1 and 65535.`);
      }
    }
    if (names.has(name.toLowerCase())) throw errors.badRequest(`The endpoint name ${name} is used twice.`);
    const key = `${protocol}:${String(endpoint['port'])}`;
    if (ports.has(key)) throw errors.badRequest(`The public port ${String(endpoint['port'])}/${protocol} is used by two endpoints.`);
    names.add(name.toLowerCase());
    ports.add(key);
  }
}

/** Validates a role of a VM deployment (or Add Role) as the service does and records it as provisioned. */
export function provisionRole(subscription: SubscriptionRecord, serviceName: string, role: Json, now: Date): ProvisionedRole {
  const roleName = required(role['roleName'] as string | undefined, 'RoleName');
  const roleType = required(role['roleType'] as string | undefined, 'RoleType');
  if (roleType !== 'PersistentVMRole') throw errors.badRequest(`The role type ${roleType} is not valid; use PersistentVMRole.`);
  const roleSize = (role['roleSize'] as string | undefined) ?? 'Small';
  const size = findRoleSize(roleSize);
  if (!size?.supportedByVirtualMachines) throw errors.badRequest(`The role size ${roleSize} is not valid for a virtual machine.`);
  const sets = (role['configurationSets'] as Json[] | undefined) ?? [];
  const image = imageFor(subscription, role);
  const hostName = checkProvisioning(sets.find((set) => PROVISIONING.includes(String(set['configurationSetType']))), image.os, image.generalized);
  const network = sets.find((set) => set['configurationSetType'] === 'NetworkConfiguration');
  checkEndpoints(network);
  const stamp = now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 16);
  const disk = (role['osVirtualHardDisk'] as Json | undefined) ?? {};
  const account = Object.values(subscription.storageAccounts)[0]?.serviceName ?? 'portalvhds';
  const dataDisks = ((role['dataVirtualHardDisks'] as Json[] | undefined) ?? []).map((d, index) => ({
    hostCaching: d['hostCaching'] ?? 'None',
    diskLabel: d['diskLabel'],
    diskName: d['diskName'] ?? `${serviceName}-${roleName}-${index + 1}-${stamp}`,
    lun: d['lun'] ?? index,
    logicalDiskSizeInGB: d['logicalDiskSizeInGB'] ?? 1,
    mediaLink: d['mediaLink'] ?? `https://${account}.blob.core.windows.net/vhds/${serviceName}-${roleName}-${index + 1}-${stamp}.vhd`,
    ioType: 'Standard',
  }));
  const record: RoleRecord = {
    roleName,
    roleType,
    osVersion: '',
    configurationSets: network ? [network] : [],
    ...(role['resourceExtensionReferences'] ? { resourceExtensionReferences: role['resourceExtensionReferences'] } : {}),
    ...(role['vmImageName'] ? { vmImageName: role['vmImageName'] } : {}),
    ...(role['availabilitySetName'] ? { availabilitySetName: role['availabilitySetName'] } : {}),
    dataVirtualHardDisks: dataDisks,
    osVirtualHardDisk: {
      hostCaching: disk['hostCaching'] ?? 'ReadWrite',
      diskLabel: disk['diskLabel'],
      diskName: disk['diskName'] ?? `${serviceName}-${roleName}-0-${stamp}`,
      mediaLink: disk['mediaLink'] ?? `https://${account}.blob.core.windows.net/vhds/${serviceName}-${roleName}-${stamp}.vhd`,
      sourceImageName: image.sourceImageName,
      os: image.os,
      ioType: 'Standard',
    },
    roleSize: size.name,
    ...(role['provisionGuestAgent'] !== undefined ? { provisionGuestAgent: role['provisionGuestAgent'] } : {}),
    // The service creates a self-signed WinRM certificate for every Windows VM.
    ...(image.os === 'Windows'
      ? { defaultWinRmCertificateThumbprint: createHash('sha1').update(`${serviceName}/${roleName}`).digest('hex').toUpperCase() }
      : {}),
  };
  return { role: record, hostName, roleSize: size.name };
}
