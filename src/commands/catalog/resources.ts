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
  { name: 'vm-image', aliases: ['vmimage', 'vm-images', 'vmimages'], summary: 'VM images (captured VMs)' },
  { name: 'op', aliases: ['operation', 'operations', 'ops', 'request'], summary: 'Asynchronous operations' },
];
