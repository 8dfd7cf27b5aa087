import { errors } from '../errors/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody } from './common.ts';
import { deploymentOperation, READY } from './deployment-operations.ts';
import { applyPatch } from './deployment-patch.ts';
import type { DeploymentTarget } from './deployment-target.ts';

type Target = DeploymentTarget;

const TRANSITIONAL: Readonly<Record<string, string>> = { reboot: 'RestartingRole', reimage: 'BusyRole', rebuild: 'BusyRole' };

/** Reboot, reimage, rebuild one role instance (`?comp=`), or delete several (`roleinstances/?comp=delete`). */
export function registerRoleInstanceRoutes(router: Router<EmulatorWorld>, target: Target): void {
  const base = '/services/hostedservices/:service/deployments/:deployment/roleinstances';
  router
    .add('POST', base, (request, world) => deleteInstances(request, world, target))
    .add('POST', `${base}/:instance`, (request, world): HandlerResult => {
      const comp = (request.query.get('comp') ?? '').toLowerCase();
      const transitional = TRANSITIONAL[comp];
      if (!transitional) throw errors.badRequest(`The 'comp' query parameter '${comp}' is not supported on a role instance.`);
      if (comp === 'rebuild' && (request.query.get('resources') ?? '') === '') {
        throw errors.badRequest("Rebuild requires the 'resources' query parameter (allLocalDrives).");
      }
      const { service, deployment } = target(world, request);
      const instance = deployment.roleInstances.find((i) => i.instanceName.toLowerCase() === (request.params['instance'] ?? '').toLowerCase());
      if (!instance) throw errors.roleInstanceNotFound(request.params['instance'] ?? '');
      const name = instance.instanceName;
      return deploymentOperation(
        world,
        request,
        service,
        deployment,
        { now: { instances: { [name]: { instanceStatus: transitional, powerState: 'Started' } } }, final: { instances: { [name]: READY } } },
        (patch) => applyPatch(deployment, patch, world.clock.now()),
      );
    });
}

function deleteInstances(request: RouteRequest, world: EmulatorWorld, target: Target): HandlerResult {
  if ((request.query.get('comp') ?? '').toLowerCase() !== 'delete') {
    throw errors.badRequest("The 'comp' query parameter must be 'delete' to delete role instances.");
  }
  const { service, deployment } = target(world, request);
  const names = decodeBody<string[]>(schemas.RoleInstances, request);
  if (names.length === 0) throw errors.badRequest('The request names no role instance to delete.');
  const instances = names.map((name) => {
    const instance = deployment.roleInstances.find((i) => i.instanceName.toLowerCase() === name.toLowerCase());
    if (!instance) throw errors.roleInstanceNotFound(name);
    return instance;
  });
  if (instances.length >= deployment.roleInstances.length) {
    throw errors.badRequest('Deleting every role instance of a deployment is not allowed; delete the deployment instead.');
  }
  const instanceNames = instances.map((instance) => instance.instanceName);
  const final =
    deployment.kind === 'virtualMachines'
      ? { removeRoles: instances.map((instance) => instance.roleName) }
      : { removeInstances: instanceNames };
  return deploymentOperation(
    world,
    request,
    service,
    deployment,
    {
      now: { instances: Object.fromEntries(instanceNames.map((name) => [name, { instanceStatus: 'StoppingRole', powerState: 'Stopping' }])) },
      final,
    },
    (patch) => applyPatch(deployment, patch, world.clock.now()),
  );
}
