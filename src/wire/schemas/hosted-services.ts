import { base64, bool, document, list, nillable, object, text } from '../schema.ts';
import { computeCapabilities, extendedProperties } from './common.ts';
import { deployment } from './deployments.ts';

export const CreateHostedService = document('CreateHostedService', {
  ServiceName: text,
  Label: base64,
  Description: text,
  Location: text,
  AffinityGroup: text,
  ExtendedProperties: extendedProperties,
});

export const UpdateHostedService = document('UpdateHostedService', {
  Label: base64,
  Description: text,
  ExtendedProperties: extendedProperties,
});

export const hostedServiceProperties = object({
  /** `i:nil` when never given. */
  Description: nillable(text),
  AffinityGroup: text,
  Location: text,
  Label: base64,
  Status: text,
  DateCreated: text,
  DateLastModified: text,
  ExtendedProperties: extendedProperties,
});

export const hostedService = object({
  Url: text,
  ServiceName: text,
  HostedServiceProperties: hostedServiceProperties,
  Deployments: list('Deployment', deployment),
  ComputeCapabilities: computeCapabilities,
});
export const HostedService = document('HostedService', hostedService);
export const HostedServices = document('HostedServices', list('HostedService', hostedService));

export const AvailabilityResponse = document('AvailabilityResponse', {
  Result: bool,
  Reason: nillable(text),
});
