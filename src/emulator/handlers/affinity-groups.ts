import { findLocation } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { AffinityGroupRecord, SubscriptionRecord } from '../persistence/index.ts';
import type { RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { affinityGroupView } from '../views/affinity-group-view.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, ok, required, subscriptionOf } from './common.ts';
import { checkAffinityGroupName, checkLabel } from './validation.ts';

interface AffinityGroupInput {
  name?: string;
  label?: string;
  description?: string;
  location?: string;
}

function groupOf(subscription: SubscriptionRecord, request: RouteRequest): AffinityGroupRecord {
  const group = subscription.affinityGroups[(request.params['name'] ?? '').toLowerCase()];
  if (!group) throw errors.affinityGroupNotFound();
  return group;
}

function inUse(subscription: SubscriptionRecord, group: AffinityGroupRecord): boolean {
  const key = group.name.toLowerCase();
  return (
    Object.values(subscription.hostedServices).some((service) => service.affinityGroup?.toLowerCase() === key) ||
    Object.values(subscription.storageAccounts).some((account) => account.affinityGroup?.toLowerCase() === key)
  );
}

export function registerAffinityGroupRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/affinitygroups', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const value = Object.values(subscription.affinityGroups).map((group) =>
        affinityGroupView(group, { baseUrl: world.baseUrl, subscription, detailed: false }),
      );
      return ok({ schema: schemas.AffinityGroups, value });
    })
    .add('POST', '/affinitygroups', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const input = decodeBody<AffinityGroupInput>(schemas.CreateAffinityGroup, request);
      const name = required(input.name, 'Name');
      checkAffinityGroupName(name);
      const label = checkLabel(input.label);
      const location = findLocation(required(input.location, 'Location'));
      if (!location) throw errors.badRequest(`The location '${input.location}' is not a valid location. Use List Locations to see the valid ones.`);
      if (subscription.affinityGroups[name.toLowerCase()]) throw errors.affinityGroupExists(name);
      subscription.affinityGroups[name.toLowerCase()] = {
        name,
        label,
        ...(input.description !== undefined ? { description: input.description } : {}),
        location: location.name,
        createdTime: isoSeconds(world.clock.now()),
      };
      return { status: 201, headers: { location: `${world.baseUrl}/subscriptions/${subscription.id}/affinitygroup/${name}` } };
    })
    .add('GET', '/affinitygroups/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const value = affinityGroupView(groupOf(subscription, request), { baseUrl: world.baseUrl, subscription, detailed: true });
      return ok({ schema: schemas.AffinityGroup, value });
    })
    .add('PUT', '/affinitygroups/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const group = groupOf(subscription, request);
      const input = decodeBody<AffinityGroupInput>(schemas.UpdateAffinityGroup, request);
      group.label = checkLabel(input.label);
      if (input.description !== undefined) group.description = input.description;
      return ok();
    })
    .add('DELETE', '/affinitygroups/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const group = groupOf(subscription, request);
      if (inUse(subscription, group)) throw errors.affinityGroupInUse(group.name);
      delete subscription.affinityGroups[group.name.toLowerCase()];
      return ok();
    });
}
