import { schemas } from '../../wire/index.ts';
import type { Field } from '../../wire/index.ts';
import { bool, document, fieldsOf, int, list, listDocument, nillableText, object, text, type ObjectField } from './build.ts';

/*
 * Documents the emulator needs beyond the shared wire schemas, or in the exact shape the
 * recorded service responses have (elements the shared schemas do not carry, or a different
 * order). Everything else is used from `src/wire` as it is.
 */

/** The subscription's quota elements the service added after `CreatedTime`. */
const Subscription = document('Subscription', {
  ...fieldsOf(schemas.Subscription),
  MaxReservedIPs: int,
  CurrentReservedIPs: int,
  MaxPublicIPCount: int,
  CurrentNetworkSecurityGroups: int,
  MaxNetworkSecurityGroups: int,
  MaxNetworkSecurityRulesPerGroup: int,
  MaxRouteTables: int,
  MaxRoutesPerRouteTable: int,
});

/** OS image elements in the order the service writes them (IsPremium after the publishing details). */
const osImageFields = {
  AffinityGroup: text,
  Category: text,
  Label: text,
  Location: text,
  LogicalSizeInGB: int,
  MediaLink: text,
  Name: text,
  OS: text,
  Eula: text,
  Description: text,
  ImageFamily: text,
  ShowInGui: bool,
  PublishedDate: text,
  IsPremium: bool,
  IconUri: text,
  PrivacyUri: text,
  RecommendedVMSize: text,
  PublisherName: text,
  PricingDetailLink: text,
  SmallIconUri: text,
  Language: text,
  OSState: text,
  IOType: text,
};
const osImage = object(osImageFields);
const { OSState: _state, IOType: _io, ...detailFields } = osImageFields;
const OSImageDetails = document('OSImageDetails', {
  ...detailFields,
  ReplicationProgress: list('ReplicationProgressElement', object({ Location: text, Progress: int })),
});

/** Deployments end with `<LoadBalancers/>`. */
const deployment = object({
  ...fieldsOf(schemas.Deployment),
  LoadBalancers: list('LoadBalancer', object({ Name: text })),
});

/** A description that was never given is written `<Description i:nil="true"/>`, as the service does. */
const withNilDescription = (field: Field | undefined): ObjectField => {
  if (field?.kind !== 'object') throw new TypeError('Expected an object field.');
  return object({ ...field.fields, Description: nillableText });
};

const hostedServiceFields = fieldsOf(schemas.HostedService);
const hostedService = object({
  ...hostedServiceFields,
  HostedServiceProperties: withNilDescription(hostedServiceFields['HostedServiceProperties']),
  Deployments: list('Deployment', deployment),
});

const storageServiceFields = fieldsOf(schemas.StorageService);
const storageService = object({
  ...storageServiceFields,
  StorageServiceProperties: withNilDescription(storageServiceFields['StorageServiceProperties']),
});

const affinityGroup = object({
  ...fieldsOf(schemas.AffinityGroup),
  HostedServices: list('HostedService', hostedService),
  StorageServices: list('StorageService', storageService),
});

const serviceCertificate = object({ CertificateUrl: text, Thumbprint: text, ThumbprintAlgorithm: text, Data: text });
const subscriptionCertificate = object({
  SubscriptionCertificatePublicKey: text,
  SubscriptionCertificateThumbprint: text,
  SubscriptionCertificateData: text,
  Created: text,
});

export const emulatorSchemas = {
  ...schemas,
  Subscription,
  OSImage: { root: 'OSImage', body: osImage },
  /** Add/update OS image requests, in the order clients send them. */
  OSImageRequest: schemas.OSImage,
  Images: listDocument('Images', 'OSImage', osImage),
  OSImageDetails,
  Deployment: { root: 'Deployment', body: deployment },
  HostedService: { root: 'HostedService', body: hostedService },
  HostedServices: listDocument('HostedServices', 'HostedService', hostedService),
  StorageService: { root: 'StorageService', body: storageService },
  StorageServices: listDocument('StorageServices', 'StorageService', storageService),
  AffinityGroup: { root: 'AffinityGroup', body: affinityGroup },
  AffinityGroups: listDocument('AffinityGroups', 'AffinityGroup', affinityGroup),
  // service certificates (per cloud service) and management certificates (per subscription)
  CertificateFile: document('CertificateFile', { Data: text, CertificateFormat: text, Password: text }),
  Certificates: listDocument('Certificates', 'Certificate', serviceCertificate),
  Certificate: document('Certificate', { Data: text }),
  SubscriptionCertificate: { root: 'SubscriptionCertificate', body: subscriptionCertificate },
  SubscriptionCertificates: listDocument('SubscriptionCertificates', 'SubscriptionCertificate', subscriptionCertificate),
} as const;

