import { findLocation } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import type { EmulatorState, SubscriptionRecord } from '../persistence/index.ts';

const HOSTED_SERVICE_NAME = /^[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]$/;
const STORAGE_NAME = /^[a-z0-9]{3,24}$/;
const AFFINITY_GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export const STORAGE_NAME_MESSAGE =
  'The name is not a valid storage account name. Storage account names must be between 3 and 24 characters in length and use numbers and lower-case letters only.';
export const HOSTED_SERVICE_NAME_MESSAGE =
  'The hosted service name is invalid. It may contain only letters, numbers and hyphens, must start with a letter, end with a letter or a number, and be at most 63 characters long.';

export function isValidHostedServiceName(name: string): boolean {
  return HOSTED_SERVICE_NAME.test(name);
}

export function isValidStorageName(name: string): boolean {
  return STORAGE_NAME.test(name);
}

export function checkAffinityGroupName(name: string): void {
  if (!AFFINITY_GROUP_NAME.test(name)) {
    throw errors.badRequest('The affinity group name is invalid. It may contain letters, numbers, periods, hyphens and underscores, up to 63 characters.');
  }
}

export function checkLabel(label: string | undefined): string {
  if (label === undefined || label.trim() === '') throw errors.badRequest('The label is required.');
  if (label.length > 100) throw errors.badRequest('The label may be at most 100 characters long.');
  return label;
}

/**
 * Exactly one of location and affinity group; the location must be one of the service's and
 * the affinity group one of the subscription's. Returns the location spelled as the service does.
 */
export function checkPlacement(
  subscription: SubscriptionRecord,
  location: string | undefined,
  affinityGroup: string | undefined,
): { location?: string; affinityGroup?: string } {
  const hasLocation = location !== undefined && location.trim() !== '';
  const hasGroup = affinityGroup !== undefined && affinityGroup.trim() !== '';
  if (hasLocation === hasGroup) throw errors.badRequest('Exactly one of Location or AffinityGroup must be specified.');
  if (hasLocation) {
    const known = findLocation(location as string);
    if (!known) throw errors.badRequest(`The location '${location}' is not a valid location. Use List Locations to see the valid ones.`);
    return { location: known.name };
  }
  const group = subscription.affinityGroups[(affinityGroup as string).toLowerCase()];
  if (!group) throw errors.affinityGroupNotFound();
  return { affinityGroup: group.name };
}

/** Storage account names are unique across every subscription of the service. */
export function storageNameOwner(state: EmulatorState, name: string): SubscriptionRecord | undefined {
  return Object.values(state.subscriptions).find((subscription) => subscription.storageAccounts[name] !== undefined);
}

export function hostedServiceNameOwner(state: EmulatorState, name: string): SubscriptionRecord | undefined {
  const key = name.toLowerCase();
  return Object.values(state.subscriptions).find((subscription) => subscription.hostedServices[key] !== undefined);
}
