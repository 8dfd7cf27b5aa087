export { LOCATIONS, findLocation, type LocationEntry } from './locations.ts';
export { ROLE_SIZES, findRoleSize, WEB_WORKER_ROLE_SIZES, VIRTUAL_MACHINE_ROLE_SIZES, type RoleSizeEntry } from './role-sizes.ts';
export { OPERATING_SYSTEMS, OPERATING_SYSTEM_FAMILIES } from './operating-systems.ts';
export { PLATFORM_OS_IMAGES, findPlatformOsImage, type PlatformOsImage } from './os-images.ts';
export { PLATFORM_VM_IMAGES, findPlatformVmImage, type PlatformVmImage } from './vm-images.ts';
export { RESOURCE_EXTENSIONS, latestResourceExtensions, resourceExtensionVersions, type ResourceExtensionEntry } from './resource-extensions.ts';
