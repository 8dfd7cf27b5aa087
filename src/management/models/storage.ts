import type { ExtendedProperties } from './common.ts';

export type StorageAccountType = 'Standard_LRS' | 'Standard_ZRS' | 'Standard_GRS' | 'Standard_RAGRS' | 'Premium_LRS';

export interface StorageServiceProperties {
  readonly description?: string;
  readonly affinityGroup?: string;
  readonly location?: string;
  readonly label?: string;
  readonly status?: string;
  readonly endpoints?: readonly string[];
  readonly geoReplicationEnabled?: boolean;
  readonly geoPrimaryRegion?: string;
  readonly statusOfPrimary?: string;
  readonly lastGeoFailoverTime?: string;
  readonly geoSecondaryRegion?: string;
  readonly statusOfSecondary?: string;
  readonly creationTime?: string;
  readonly customDomains?: readonly { readonly name?: string; readonly useSubDomainName?: boolean }[];
  readonly accountType?: string;
}

export interface StorageServiceKeys {
  readonly primary?: string;
  readonly secondary?: string;
}

export interface StorageService {
  readonly url?: string;
  readonly serviceName?: string;
  readonly storageServiceProperties?: StorageServiceProperties;
  readonly extendedProperties?: ExtendedProperties;
  readonly capabilities?: readonly string[];
  /** Present in the answers of `getKeys` and `regenerateKeys` only. */
  readonly storageServiceKeys?: StorageServiceKeys;
}

/** Exactly one of `location` and `affinityGroup`. */
export interface CreateStorageAccountInput {
  readonly serviceName: string;
  readonly label: string;
  readonly description?: string;
  readonly location?: string;
  readonly affinityGroup?: string;
  readonly extendedProperties?: ExtendedProperties;
  readonly accountType?: StorageAccountType;
}

export interface UpdateStorageAccountInput {
  readonly description?: string;
  readonly label?: string;
  readonly extendedProperties?: ExtendedProperties;
  readonly accountType?: StorageAccountType;
}
