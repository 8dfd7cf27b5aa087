/**
 * The management core: a typed client of the Azure Service Management (classic) REST API.
 */
export { ServiceManagementClient, DEFAULT_ENDPOINT, type ServiceManagementClientOptions } from './client.ts';
export {
  ManagementCertificate, describeSubscription, listPublishSettingsSubscriptions, type CertificateLoadOptions, type PemLoadOptions, type ManagementKeyType,
} from './credentials/index.ts';
export { ManagementError, isManagementError, MANAGEMENT_ERROR_CODES, type ManagementErrorCode } from './errors/index.ts';
export type { RetryOptions } from './transport/index.ts';
export type { GetHostedServiceOptions, DeleteHostedServiceOptions } from './operations/hosted-services.ts';
export type { DeleteDeploymentOptions } from './operations/deployments.ts';
export type { StorageKeyType } from './operations/storage-accounts.ts';
export type { DeleteImageOptions } from './operations/os-images.ts';
export type { DeleteRoleOptions, ShutdownOptions } from './operations/virtual-machines.ts';
export type { DeleteDiskOptions } from './operations/disks.ts';
export type { DeleteDataDiskOptions } from './operations/data-disks.ts';
export type * from './models/index.ts';
