import type { ResourceSpec } from './types.ts';

export const RESOURCES: readonly ResourceSpec[] = [
  { name: 'location', aliases: ['locations', 'loc', 'region', 'regions'], summary: 'Locations (regions) of the subscription' },
  { name: 'service', aliases: ['services', 'cloudservice', 'cloud-service', 'cloudservices', 'hostedservice', 'hosted-service', 'cs'], summary: 'Cloud services' },
  { name: 'deployment', aliases: ['deployments', 'deploy'], summary: 'Deployments of cloud services' },
  { name: 'storage', aliases: ['storage-account', 'storageaccount', 'storage-accounts', 'storageaccounts', 'sa'], summary: 'Storage accounts' },
  { name: 'affinity-group', aliases: ['affinitygroup', 'affinity-groups', 'affinitygroups', 'ag'], summary: 'Affinity groups' },
  { name: 'os', aliases: ['operating-system', 'operatingsystem', 'operating-systems'], summary: 'Guest operating systems of cloud services' },
  { name: 'image', aliases: ['images', 'os-image', 'osimage', 'os-images'], summary: 'OS images (platform and your own)' },
  { name: 'vm', aliases: ['vms', 'virtual-machine', 'virtualmachine', 'virtual-machines'], summary: 'Virtual machines' },
  { name: 'vm disk', aliases: ['vm disks', 'vm-disk', 'vm-disks', 'vmdisk', 'vmdisks', 'data-disk', 'data-disks'], summary: 'Data disks attached to a VM' },
  { name: 'vm size', aliases: ['vm sizes', 'vm-size', 'vm-sizes', 'vmsize', 'vmsizes', 'role-size', 'role-sizes', 'rolesize', 'rolesizes'], summary: 'VM sizes (role sizes)' },
  { name: 'disk', aliases: ['disks'], summary: 'Disks of the image repository (OS and data disks)' },
  { name: 'reserved-ip', aliases: ['reserved-ips', 'reservedip', 'reservedips', 'rip'], summary: 'Reserved (static public) IP addresses' },
  { name: 'vm-image', aliases: ['vmimage', 'vm-images', 'vmimages'], summary: 'VM images (captured VMs)' },
  { name: 'op', aliases: ['operation', 'operations', 'ops', 'request'], summary: 'Asynchronous operations' },
];
