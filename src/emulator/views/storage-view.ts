import { findLocation } from '../catalog/index.ts';
import type { StorageAccountRecord, SubscriptionRecord } from '../persistence/index.ts';

export interface StorageViewOptions {
  readonly baseUrl: string;
  readonly subscription: SubscriptionRecord;
  /** Get Storage Account Properties carries the capabilities; list items do not. */
  readonly withCapabilities?: boolean;
}

/** The region an account lives in: its location, or its affinity group's. */
export function storageRegion(account: StorageAccountRecord, subscription: SubscriptionRecord): string {
  return account.location ?? subscription.affinityGroups[account.affinityGroup?.toLowerCase() ?? '']?.location ?? '';
}

function storageServiceUrl(options: { baseUrl: string; subscription: SubscriptionRecord }, name: string): string {
  return `${options.baseUrl}/${options.subscription.id}/services/storageservices/${name}`;
}

export function storageServiceView(account: StorageAccountRecord, options: StorageViewOptions): Record<string, unknown> {
  const region = storageRegion(account, options.subscription);
  const geoRedundant = account.accountType === 'Standard_GRS' || account.accountType === 'Standard_RAGRS';
  const endpoints = ['blob', 'queue', 'table', 'file'].map((kind) => `https://${account.serviceName}.${kind}.core.windows.net/`);
  return {
    url: storageServiceUrl(options, account.serviceName),
    serviceName: account.serviceName,
    storageServiceProperties: {
      description: account.description,
      affinityGroup: account.affinityGroup,
      location: account.location,
      label: account.label,
      status: account.status,
      endpoints,
      geoPrimaryRegion: region,
      statusOfPrimary: account.status === 'Created' ? 'Available' : '',
      geoSecondaryRegion: geoRedundant ? (findLocation(region)?.pairedRegion ?? '') : '',
      statusOfSecondary: geoRedundant && account.status === 'Created' ? 'Available' : '',
      creationTime: account.creationTime,
      customDomains: [],
      accountType: account.accountType,
    },
    extendedProperties: {
      ...account.extendedProperties,
      ResourceGroup: `Default-Storage-${region.replace(/\s+/g, '')}`,
      ResourceLocation: region,
    },
    ...(options.withCapabilities ? { capabilities: ['PersistentVMRole'] } : {}),
  };
}

export function storageKeysView(account: StorageAccountRecord, options: { baseUrl: string; subscription: SubscriptionRecord }): Record<string, unknown> {
  return {
    url: storageServiceUrl(options, account.serviceName),
    storageServiceKeys: { primary: account.primaryKey, secondary: account.secondaryKey },
  };
}
