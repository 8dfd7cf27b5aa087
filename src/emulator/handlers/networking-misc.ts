import { latestResourceExtensions, resourceExtensionVersions } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import type { SubscriptionRecord, VirtualNetworkSiteRecord } from '../persistence/index.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { ok, subscriptionOf } from './common.ts';

export function virtualNetworkSitesOf(subscription: SubscriptionRecord): Record<string, VirtualNetworkSiteRecord> {
  subscription.virtualNetworkSites ??= {};
  return subscription.virtualNetworkSites;
}

/** Resource providers the subscription can register (classic tools register them before use). */
const PROVIDERS = new Set(['mobileservice', 'website', 'sqlazure', 'cloudservices', 'hdinsight', 'servicebus', 'scheduler', 'cachesvc', 'appservices']);
const PROVIDER_NAME = /^[A-Za-z][A-Za-z0-9.]{0,63}$/;

/** Resource extensions (publisher catalog), virtual network sites, resource provider registration. */
export function registerMiscRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/services/resourceextensions', () => ok({ schema: schemas.ResourceExtensions, value: latestResourceExtensions() }))
    .add('GET', '/services/resourceextensions/:publisher/:name', (request) =>
      ok({ schema: schemas.ResourceExtensions, value: resourceExtensionVersions(request.params['publisher'] ?? '', request.params['name'] ?? '') }),
    )
    .add('GET', '/services/networking/virtualnetwork', (request, world) => {
      const sites = Object.values(virtualNetworkSitesOf(subscriptionOf(world, request))).map((site) => ({
        name: site.name,
        id: site.id,
        ...(site.affinityGroup ? { affinityGroup: site.affinityGroup } : {}),
        ...(site.location ? { location: site.location } : {}),
        state: 'Created',
        addressSpace: { addressPrefixes: site.addressPrefixes },
        subnets: site.subnets,
      }));
      return ok({ schema: schemas.VirtualNetworkSites, value: sites });
    })
    .add('PUT', '/services', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const service = request.query.get('service') ?? '';
      const action = (request.query.get('action') ?? '').toLowerCase();
      if (action !== 'register' && action !== 'unregister') throw errors.badRequest(`The action '${action}' is not valid; use register or unregister.`);
      if (!PROVIDER_NAME.test(service)) throw errors.badRequest(`The resource provider name '${service}' is invalid.`);
      const key = service.toLowerCase();
      if (!PROVIDERS.has(key)) throw errors.badRequest(`The resource provider '${service}' is not known; known ones are ${[...PROVIDERS].join(', ')}.`);
      subscription.resourceProviders ??= {};
      const current = subscription.resourceProviders[key]?.registered ?? false;
      if (action === 'register' && current) throw errors.conflict(`The resource provider '${service}' is already registered for this subscription.`);
      if (action === 'unregister' && !current) throw errors.conflict(`The resource provider '${service}' is not registered for this subscription.`);
      subscription.resourceProviders[key] = { name: service, registered: action === 'register' };
      return ok();
    });
}
