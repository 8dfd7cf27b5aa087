import type { DeploymentRecord, HostedServiceRecord } from '../persistence/index.ts';
import type { RouteRequest } from '../server/handler-types.ts';
import type { EmulatorWorld } from '../server/world.ts';

/** Finds the cloud service and deployment a request addresses (by slot or by name). */
export type DeploymentTarget = (world: EmulatorWorld, request: RouteRequest) => { service: HostedServiceRecord; deployment: DeploymentRecord };
