import { LOCATIONS, ROLE_SIZES, findRoleSize } from '../catalog/index.ts';
import type { SubscriptionRecord } from '../persistence/index.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { ok, subscriptionOf } from './common.ts';

/** Cores in use: every VM role's size and every cloud service role instance's size. */
function currentCores(subscription: SubscriptionRecord): number {
  let cores = 0;
  for (const service of Object.values(subscription.hostedServices)) {
    for (const deployment of Object.values(service.deployments)) {
      for (const instance of deployment.roleInstances) cores += findRoleSize(instance.instanceSize)?.cores ?? 1;
    }
  }
  return cores;
}

export function registerSubscriptionRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '', (request, world) => {
      const subscription = subscriptionOf(world, request);
      return ok({
        schema: schemas.Subscription,
        value: {
          subscriptionID: subscription.id,
          subscriptionName: subscription.name,
          subscriptionStatus: 'Active',
          accountAdminLiveEmailId: 'admin@emulator.local',
          serviceAdminLiveEmailId: 'admin@emulator.local',
          maxCoreCount: 20,
          maxStorageAccounts: 100,
          maxHostedServices: 20,
          currentCoreCount: currentCores(subscription),
          currentHostedServices: Object.keys(subscription.hostedServices).length,
          currentStorageAccounts: Object.keys(subscription.storageAccounts).length,
          maxVirtualNetworkSites: 50,
          maxLocalNetworkSites: 20,
          maxDnsServers: 20,
          offerCategories: 'Azure_Platform_All;Azure_Paid;Azure_Consumption',
          aadTenantID: '00000000-0000-0000-0000-000000000000',
          createdTime: subscription.createdTime,
          maxReservedIPs: 20,
          currentReservedIPs: 0,
          maxPublicIPCount: 5,
          currentNetworkSecurityGroups: 0,
          maxNetworkSecurityGroups: 100,
          maxNetworkSecurityRulesPerGroup: 200,
          maxRouteTables: 100,
          maxRoutesPerRouteTable: 100,
        },
      });
    })
    .add('GET', '/locations', () => ok({ schema: schemas.Locations, value: LOCATIONS }))
    .add('GET', '/rolesizes', () => ok({ schema: schemas.RoleSizes, value: ROLE_SIZES }));
}
