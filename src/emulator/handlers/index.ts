import type { TransitionRegistry } from '../operations/index.ts';
import { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { registerAdminRoutes } from './admin.ts';
import type { AdminApi } from './admin-service.ts';
import { registerAffinityGroupRoutes } from './affinity-groups.ts';
import { certificateTransitions, registerCertificateRoutes } from './certificates.ts';
import { deploymentTransitions } from './deployment-patch.ts';
import { registerDataDiskRoutes } from './data-disks.ts';
import { registerDeploymentRoutes } from './deployments.ts';
import { registerDiskRoutes } from './disks.ts';
import { registerDnsServerRoutes } from './dns-servers.ts';
import { registerHostedServiceRoutes } from './hosted-services.ts';
import { registerMiscRoutes } from './networking-misc.ts';
import { registerOperatingSystemRoutes } from './operating-systems.ts';
import { registerOperationRoutes } from './operations.ts';
import { registerOsImageRoutes } from './os-images.ts';
import { registerReservedIpRoutes, reservedIpTransitions } from './reserved-ips.ts';
import { registerStorageRoutes, storageTransitions } from './storage.ts';
import { registerSubscriptionOperationRoutes } from './subscription-operations.ts';
import { registerSubscriptionRoutes } from './subscription.ts';
import { registerVirtualMachineRoutes } from './virtual-machines.ts';
import { registerVmImageRoutes, vmImageTransitions } from './vm-images.ts';

export { createAdminApi, type AdminApi, type EmulatorStatus, type RegisterSubscriptionInput } from './admin-service.ts';

/** Every Service Management route, below `/{subscriptionId}`. */
export function managementRoutes(): Router<EmulatorWorld> {
  const router = new Router<EmulatorWorld>();
  registerSubscriptionRoutes(router);
  registerOperatingSystemRoutes(router);
  registerOperationRoutes(router);
  registerHostedServiceRoutes(router);
  registerDeploymentRoutes(router);
  registerVirtualMachineRoutes(router);
  registerCertificateRoutes(router);
  registerStorageRoutes(router);
  registerAffinityGroupRoutes(router);
  registerOsImageRoutes(router);
  registerVmImageRoutes(router);
  registerSubscriptionOperationRoutes(router);
  registerDiskRoutes(router);
  registerDataDiskRoutes(router);
  registerReservedIpRoutes(router);
  registerDnsServerRoutes(router);
  registerMiscRoutes(router);
  return router;
}

export function adminRoutes(admin: AdminApi): Router<EmulatorWorld> {
  const router = new Router<EmulatorWorld>();
  registerAdminRoutes(router, admin);
  return router;
}

/** What completing each kind of asynchronous operation does. */
export const transitions: TransitionRegistry = {
  ...storageTransitions,
  ...deploymentTransitions,
  ...certificateTransitions,
  ...vmImageTransitions,
  ...reservedIpTransitions,
};
