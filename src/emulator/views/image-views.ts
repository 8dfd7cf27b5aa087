import type { PlatformOsImage, PlatformVmImage } from '../catalog/index.ts';
import type { OsImageRecord, VmImageRecord } from '../persistence/index.ts';

export function osImageView(image: OsImageRecord | PlatformOsImage): Record<string, unknown> {
  return { ...image, mediaLink: image.mediaLink || undefined, ioType: 'Standard' };
}

export function osImageDetailsView(image: OsImageRecord | PlatformOsImage): Record<string, unknown> {
  return {
    ...image,
    mediaLink: image.mediaLink || undefined,
    replicationProgress: (image.replicatedTo ?? []).map((location) => ({ location, progress: 100 })),
  };
}

export function platformVmImageView(image: PlatformVmImage): Record<string, unknown> {
  return { ...image, dataDiskConfigurations: [], vmImageState: 'VMImageReadyForUse' };
}

export function userVmImageView(image: VmImageRecord): Record<string, unknown> {
  return {
    name: image.name,
    label: image.label,
    category: image.category,
    description: image.description,
    osDiskConfiguration: { hostCaching: 'ReadWrite', osState: image.osState, os: image.os, mediaLink: image.mediaLink, logicalDiskSizeInGB: 30, ioType: 'Standard' },
    dataDiskConfigurations: [],
    serviceName: image.serviceName,
    deploymentName: image.deploymentName,
    roleName: image.roleName,
    location: image.location,
    createdTime: image.createdTime,
    modifiedTime: image.modifiedTime,
    language: image.language,
    imageFamily: image.imageFamily,
    recommendedVMSize: image.recommendedVMSize,
    isPremium: false,
    vmImageState: 'VMImageReadyForUse',
  };
}
