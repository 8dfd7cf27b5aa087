import { parseXml, schemas } from '../../wire/index.ts';
import { errors } from '../errors/index.ts';
import type { DeploymentRecord, RoleInstanceRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { decodeBody } from './common.ts';
import { deploymentOperation, READY } from './deployment-operations.ts';
import { applyPatch, type DeploymentPatch, type InstanceState } from './deployment-patch.ts';
import type { DeploymentTarget } from './deployment-target.ts';
import { captureRole, captureVmImage } from './role-captures.ts';

type Target = DeploymentTarget;

const STOPPED_STATES = ['StoppedVM', 'StoppedDeallocated'];

function rootName(request: RouteRequest): string {
  try {
    return parseXml(request.body).name;
  } catch (error) {
    throw errors.badRequest(`The request body is not valid XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function instanceOf(deployment: DeploymentRecord, roleName: string): RoleInstanceRecord {
  const instance = deployment.roleInstances.find((i) => i.roleName.toLowerCase() === roleName.toLowerCase());
  if (!instance) throw errors.roleNotFound(roleName);
  return instance;
}

function shutdownStates(action: string | undefined): { transitional: InstanceState; final: InstanceState } {
  const deallocate = action === 'StoppedDeallocated';
  if (action !== undefined && action !== 'Stopped' && !deallocate) {
    throw errors.badRequest(`The PostShutdownAction '${action}' is not valid; use 'Stopped' or 'StoppedDeallocated'.`);
  }
  return {
    transitional: { instanceStatus: 'StoppingVM', powerState: 'Stopping' },
    final: { instanceStatus: deallocate ? 'StoppedDeallocated' : 'StoppedVM', powerState: 'Stopped' },
  };
}

/** The single-role operations: start, shutdown, restart, capture (OS image), capture as VM image. */
function roleOperation(request: RouteRequest, world: EmulatorWorld, target: Target): HandlerResult {
  const { service, deployment } = target(world, request);
  const instance = instanceOf(deployment, request.params['role'] ?? '');
  const name = instance.instanceName;
  const run = (change: { now?: DeploymentPatch; final: DeploymentPatch }) =>
    deploymentOperation(world, request, service, deployment, change, (patch) => applyPatch(deployment, patch, world.clock.now()));
  const stopped = STOPPED_STATES.includes(instance.instanceStatus);
  switch (rootName(request)) {
    case 'StartRoleOperation':
      decodeBody(schemas.StartRoleOperation, request);
      return run({ now: { instances: { [name]: { instanceStatus: 'StartingVM', powerState: 'Starting' } } }, final: { instances: { [name]: READY } } });
    case 'ShutdownRoleOperation': {
      const input = decodeBody<{ postShutdownAction?: string }>(schemas.ShutdownRoleOperation, request);
      const states = shutdownStates(input.postShutdownAction);
      return run({ now: { instances: { [name]: states.transitional } }, final: { instances: { [name]: states.final } } });
    }
    case 'RestartRoleOperation':
      decodeBody(schemas.RestartRoleOperation, request);
      if (stopped) throw errors.conflict('The virtual machine is stopped; start it instead of restarting it.');
      return run({ now: { instances: { [name]: { instanceStatus: 'RestartingRole', powerState: 'Started' } } }, final: { instances: { [name]: READY } } });
    case 'CaptureRoleOperation':
      return captureRole(request, world, deployment, instance, run);
    case 'CaptureRoleAsVMImageOperation':
      return captureVmImage(request, world, service, deployment, instance, run);
    default:
      throw errors.badRequest(`The role operation '${rootName(request)}' is not supported.`);
  }
}

/** Start or shut down several roles of a deployment (`roles/Operations`). */
function rolesOperation(request: RouteRequest, world: EmulatorWorld, target: Target): HandlerResult {
  const { service, deployment } = target(world, request);
  const root = rootName(request);
  let names: string[];
  let states: { transitional: InstanceState; final: InstanceState };
  if (root === 'StartRolesOperation') {
    names = decodeBody<{ roles?: string[] }>(schemas.StartRolesOperation, request).roles ?? [];
    states = { transitional: { instanceStatus: 'StartingVM', powerState: 'Starting' }, final: READY };
  } else if (root === 'ShutdownRolesOperation') {
    const input = decodeBody<{ roles?: string[]; postShutdownAction?: string }>(schemas.ShutdownRolesOperation, request);
    names = input.roles ?? [];
    states = shutdownStates(input.postShutdownAction);
  } else {
    throw errors.badRequest(`The roles operation '${root}' is not supported.`);
  }
  if (names.length === 0) throw errors.badRequest('The request names no role.');
  const instances = names.map((name) => instanceOf(deployment, name).instanceName);
  return deploymentOperation(
    world,
    request,
    service,
    deployment,
    {
      now: { instances: Object.fromEntries(instances.map((name) => [name, states.transitional])) },
      final: { instances: Object.fromEntries(instances.map((name) => [name, states.final])) },
    },
    (patch) => applyPatch(deployment, patch, world.clock.now()),
  );
}

export function registerRoleOperationRoutes(router: Router<EmulatorWorld>, target: Target): void {
  const deployment = '/services/hostedservices/:service/deployments/:deployment';
  router
    .add('POST', `${deployment}/roleinstances/:role/Operations`, (request, world) => roleOperation(request, world, target))
    .add('POST', `${deployment}/roles/Operations`, (request, world) => rolesOperation(request, world, target));
}
