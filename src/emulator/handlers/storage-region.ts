import type { SubscriptionRecord } from '../persistence/index.ts';
import { storageRegion } from '../views/storage-view.ts';

const DEFAULT_REGION = 'West US';

/** The region of the storage account a blob URL points into, when the subscription owns it. */
export function storageRegionOf(subscription: SubscriptionRecord, mediaLink: string): string {
  const account = /^https?:\/\/([a-z0-9]+)\.blob\./.exec(mediaLink)?.[1];
  const record = account ? subscription.storageAccounts[account] : undefined;
  return (record && storageRegion(record, subscription)) || DEFAULT_REGION;
}
