import { base64, document, list, object, text, textList } from '../schema.ts';
import { computeCapabilities } from './common.ts';
import { hostedService } from './hosted-services.ts';
import { storageService } from './storage.ts';

export const CreateAffinityGroup = document('CreateAffinityGroup', {
  Name: text,
  Label: base64,
  Description: text,
  Location: text,
});

export const UpdateAffinityGroup = document('UpdateAffinityGroup', {
  Label: base64,
  Description: text,
});

export const affinityGroup = object({
  Name: text,
  Label: base64,
  Description: text,
  Location: text,
  HostedServices: list('HostedService', hostedService),
  StorageServices: list('StorageService', storageService),
  Capabilities: textList('Capability'),
  CreatedTime: text,
  ComputeCapabilities: computeCapabilities,
});
export const AffinityGroup = document('AffinityGroup', affinityGroup);
export const AffinityGroups = document('AffinityGroups', list('AffinityGroup', affinityGroup));
