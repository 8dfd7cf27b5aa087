import { errors } from '../errors/index.ts';
import { findPlatformOsImage } from '../catalog/index.ts';
import type { DeploymentRecord, DiskRecord, HostedServiceRecord, RoleRecord, SubscriptionRecord } from '../persistence/index.ts';
import { storageRegionOf } from './storage-region.ts';

type Json = Record<string, unknown>;

/** A disk as the repository shows it: free (stored) or attached (read from a VM role). */
export interface DiskView extends DiskRecord {
  attachedTo?: { hostedServiceName: string; deploymentName: string; roleName: string };
}

const DISK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$/;
export const OS_DISK_SIZE_GB = 30;

export function checkDiskName(name: string): void {
  if (!DISK_NAME.test(name)) {
    throw errors.badRequest(`The disk name '${name}' is invalid. It may contain letters, numbers, periods, hyphens and underscores, and must start with a letter or a number.`);
  }
}

export function freeDisks(subscription: SubscriptionRecord): Record<string, DiskRecord> {
  subscription.disks ??= {};
  return subscription.disks;
}

/** The disks of one VM role (OS disk first), as repository entries. */
export function disksOfRole(subscription: SubscriptionRecord, service: HostedServiceRecord, deployment: DeploymentRecord, role: RoleRecord): DiskView[] {
  const attachedTo = { hostedServiceName: service.serviceName, deploymentName: deployment.name, roleName: role.roleName };
  const os = role['osVirtualHardDisk'] as Json | undefined;
  const data = (role['dataVirtualHardDisks'] as Json[] | undefined) ?? [];
  const entry = (disk: Json, isOs: boolean): DiskView => {
    const mediaLink = String(disk['mediaLink'] ?? '');
    const sourceImageName = isOs ? (disk['sourceImageName'] as string | undefined) : undefined;
    const imageSize = sourceImageName ? findPlatformOsImage(sourceImageName)?.logicalSizeInGB : undefined;
    return {
      name: String(disk['diskName'] ?? ''),
      ...(disk['diskLabel'] ? { label: String(disk['diskLabel']) } : {}),
      ...(isOs ? { os: String(disk['os'] ?? 'Linux') } : {}),
      mediaLink,
      location: storageRegionOf(subscription, mediaLink),
      logicalDiskSizeInGB: isOs ? (imageSize ?? OS_DISK_SIZE_GB) : Number(disk['logicalDiskSizeInGB'] ?? 1),
      ...(sourceImageName ? { sourceImageName } : {}),
      createdTime: deployment.createdTime,
      attachedTo,
    };
  };
  return [...(os ? [entry(os, true)] : []), ...data.map((disk) => entry(disk, false))];
}

export function attachedDisks(subscription: SubscriptionRecord): DiskView[] {
  return Object.values(subscription.hostedServices).flatMap((service) =>
    Object.values(service.deployments)
      .filter((deployment) => deployment.kind === 'virtualMachines')
      .flatMap((deployment) => deployment.roles.flatMap((role) => disksOfRole(subscription, service, deployment, role))),
  );
}

export function allDisks(subscription: SubscriptionRecord): DiskView[] {
  return [...attachedDisks(subscription), ...Object.values(freeDisks(subscription))];
}

/** The role's own entry (OS or data disk) of an attached disk, to change in place. */
export function roleDiskEntry(subscription: SubscriptionRecord, name: string): Json | undefined {
  const key = name.toLowerCase();
  for (const service of Object.values(subscription.hostedServices)) {
    for (const deployment of Object.values(service.deployments)) {
      for (const role of deployment.roles) {
        const entries = [role['osVirtualHardDisk'] as Json | undefined, ...((role['dataVirtualHardDisks'] as Json[] | undefined) ?? [])];
        const found = entries.find((entry) => String(entry?.['diskName'] ?? '').toLowerCase() === key);
        if (found) return found;
      }
    }
  }
  return undefined;
}

export function findDisk(subscription: SubscriptionRecord, name: string): DiskView | undefined {
  const key = name.toLowerCase();
  return allDisks(subscription).find((disk) => disk.name.toLowerCase() === key);
}

/** A disk leaving its VM (role or deployment deleted without its media) goes back to the repository, free. */
export function releaseDisks(subscription: SubscriptionRecord, disks: readonly DiskView[]): void {
  for (const disk of disks) if (disk.name) freeDisks(subscription)[disk.name] = asFreeDisk(disk);
}

export function asFreeDisk(disk: DiskView): DiskRecord {
  const { attachedTo: _attached, ...free } = disk;
  return free;
}

export function diskView(disk: DiskView): Record<string, unknown> {
  return {
    ...(disk.attachedTo ? { attachedTo: disk.attachedTo } : {}),
    ...(disk.os ? { os: disk.os } : {}),
    ...(disk.label ? { label: disk.label } : {}),
    location: disk.location,
    logicalDiskSizeInGB: disk.logicalDiskSizeInGB,
    mediaLink: disk.mediaLink,
    name: disk.name,
    ...(disk.sourceImageName ? { sourceImageName: disk.sourceImageName } : {}),
    createdTime: disk.createdTime,
    ioType: 'Standard',
  };
}
