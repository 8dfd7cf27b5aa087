export { ManagementCertificate } from './management-certificate.ts';
export type { CertificateLoadOptions, PemLoadOptions } from './management-certificate.ts';
export type { ManagementKeyType } from './certificate-facts.ts';
export { describeSubscription, listPublishSettingsSubscriptions } from './publish-settings-reader.ts';
