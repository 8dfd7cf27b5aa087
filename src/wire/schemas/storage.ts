import { base64, bool, document, list, nillable, object, text, textList } from '../schema.ts';
import { extendedProperties } from './common.ts';

export const CreateStorageServiceInput = document('CreateStorageServiceInput', {
  ServiceName: text,
  Description: text,
  Label: base64,
  AffinityGroup: text,
  Location: text,
  ExtendedProperties: extendedProperties,
  AccountType: text,
});

export const UpdateStorageServiceInput = document('UpdateStorageServiceInput', {
  Description: text,
  Label: base64,
  ExtendedProperties: extendedProperties,
  AccountType: text,
});

export const RegenerateKeys = document('RegenerateKeys', { KeyType: text });

export const storageServiceProperties = object({
  /** `i:nil` when never given. */
  Description: nillable(text),
  AffinityGroup: text,
  Location: text,
  Label: base64,
  Status: text,
  Endpoints: textList('Endpoint'),
  GeoReplicationEnabled: bool,
  GeoPrimaryRegion: text,
  StatusOfPrimary: text,
  LastGeoFailoverTime: text,
  GeoSecondaryRegion: text,
  StatusOfSecondary: text,
  CreationTime: text,
  CustomDomains: list('CustomDomain', object({ Name: text, UseSubDomainName: bool })),
  AccountType: text,
});

export const storageService = object({
  Url: text,
  ServiceName: text,
  StorageServiceProperties: storageServiceProperties,
  ExtendedProperties: extendedProperties,
  Capabilities: textList('Capability'),
  StorageServiceKeys: object({ Primary: text, Secondary: text }),
});
export const StorageService = document('StorageService', storageService);
export const StorageServices = document('StorageServices', list('StorageService', storageService));
