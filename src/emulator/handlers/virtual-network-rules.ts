import { errors } from '../errors/index.ts';
import type { SubscriptionRecord } from '../persistence/index.ts';

type Json = Record<string, unknown>;

/**
 * A VM deployment in a virtual network: the network must exist, and the role's subnets must be
 * its own. Returns the network's name as the subscription spells it.
 */
export function networkFor(subscription: SubscriptionRecord, name: string, role: Json): string {
  const site = Object.values(subscription.virtualNetworkSites ?? {}).find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!site) throw errors.badRequest(`The virtual network ${name} does not exist.`);
  const sets = (role['configurationSets'] as Json[] | undefined) ?? [];
  const subnets = sets.flatMap((set) => (set['subnetNames'] as string[] | undefined) ?? []);
  for (const subnet of subnets) {
    if (!site.subnets.some((s) => s.name === subnet)) throw errors.badRequest(`The subnet ${subnet} does not exist in the virtual network ${site.name}.`);
  }
  return site.name;
}
