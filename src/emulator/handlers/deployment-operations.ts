import type { DeploymentRecord, HostedServiceRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { startOperation } from './common.ts';
import type { DeploymentPatch, InstanceState, SettleParams } from './deployment-patch.ts';
import { lockDeployment } from './locks.ts';

export const READY: InstanceState = { instanceStatus: 'ReadyRole', powerState: 'Started' };
export const STOPPED: InstanceState = { instanceStatus: 'StoppedVM', powerState: 'Stopped' };

function snapshotInstances(deployment: DeploymentRecord, names?: readonly string[]): Record<string, InstanceState> {
  const snapshot: Record<string, InstanceState> = {};
  for (const instance of deployment.roleInstances) {
    if (names && !names.includes(instance.instanceName)) continue;
    snapshot[instance.instanceName] = { instanceStatus: instance.instanceStatus, powerState: instance.powerState };
  }
  return snapshot;
}

/**
 * The common shape of a deployment operation: take exclusive access (409 when another one
 * runs), show the transitional state now, and settle to `final` (or back to `revert` when it
 * fails) when the operation completes.
 */
export function deploymentOperation(
  world: EmulatorWorld,
  request: RouteRequest,
  service: HostedServiceRecord,
  deployment: DeploymentRecord,
  change: { now?: DeploymentPatch; final: DeploymentPatch; revert?: DeploymentPatch },
  applyNow: (patch: DeploymentPatch) => void,
): HandlerResult {
  lockDeployment(deployment, request.requestId);
  const revert: DeploymentPatch = change.revert ?? { status: deployment.status, instances: snapshotInstances(deployment) };
  applyNow(change.now ?? {});
  const params: SettleParams = { service: service.serviceName, name: deployment.name, final: change.final, revert };
  return startOperation(world, request, 'deployment.settle', params as unknown as Record<string, unknown>);
}
