import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { DeploymentRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { deploymentView } from '../views/deployment-view.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, hostedServiceOf, ok, required, startOperation, subscriptionOf } from './common.ts';
import { deploymentCommand } from './deployment-commands.ts';
import { cloudServiceInstances, guestOsVersion, newPrivateId, newVirtualIp, parseServiceConfiguration } from './deployment-builders.ts';
import { deploymentOperation, READY, STOPPED } from './deployment-operations.ts';
import type { DeploymentTarget } from './deployment-target.ts';
import { applyPatch } from './deployment-patch.ts';
import { lockDeployments } from './locks.ts';
import { deploymentByName, deploymentBySlot, slotKey } from './lookup.ts';
import { registerRoleInstanceRoutes } from './role-instances.ts';

interface CreateDeployment {
  name?: string;
  packageUrl?: string;
  label?: string;
  configuration?: string;
  startDeployment?: boolean;
  treatWarningsAsError?: boolean;
  extendedProperties?: Record<string, string>;
}

const target: DeploymentTarget = (world, request) => {
  const service = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
  const deployment =
    request.params['slot'] !== undefined
      ? deploymentBySlot(service, request.params['slot'])
      : deploymentByName(service, request.params['deployment']);
  return { service, deployment };
};

function getDeployment(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { service, deployment } = target(world, request);
  return ok({ schema: schemas.Deployment, value: deploymentView(deployment, service, { now: world.clock.now(), vms: world.vms }) });
}

function deleteDeployment(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { service, deployment } = target(world, request);
  // Without `?comp=media` the VMs' disks stay in the repository, free.
  const releaseDisks = (request.query.get('comp') ?? '').toLowerCase() !== 'media';
  return deploymentOperation(world, request, service, deployment, { now: { status: 'Deleting' }, final: { removeDeployment: true, releaseDisks } }, (patch) =>
    applyPatch(deployment, patch, world.clock.now()),
  );
}

function createCloudServiceDeployment(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const service = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
  const slot = slotKey(request.params['slot'] ?? '');
  const input = decodeBody<CreateDeployment>(schemas.CreateDeployment, request);
  const name = required(input.name, 'Name');
  required(input.packageUrl, 'PackageUrl');
  const label = required(input.label, 'Label');
  const configuration = required(input.configuration, 'Configuration');
  const roles = parseServiceConfiguration(configuration);
  if (service.deployments[slot]) throw errors.slotOccupied(slot === 'production' ? 'Production' : 'Staging');
  if (Object.values(service.deployments).some((d) => d.name.toLowerCase() === name.toLowerCase())) throw errors.deploymentNameTaken(name);
  const now = isoSeconds(world.clock.now());
  const osVersion = guestOsVersion(configuration);
  const { instances, upgradeDomainCount } = cloudServiceInstances(roles, { instanceStatus: 'Provisioning', powerState: 'Starting' });
  const deployment: DeploymentRecord = {
    name,
    deploymentSlot: slot === 'production' ? 'Production' : 'Staging',
    privateId: newPrivateId(),
    status: 'Deploying',
    label,
    configuration,
    ...(input.packageUrl ? { packageUrl: input.packageUrl } : {}),
    kind: 'cloudService',
    roleInstances: instances,
    roles: roles.map((role) => ({ roleName: role.name, roleType: '', osVersion })),
    upgradeDomainCount,
    sdkVersion: '2.7.6496.10',
    createdTime: now,
    lastModifiedTime: now,
    extendedProperties: input.extendedProperties ?? {},
    virtualIpAddress: newVirtualIp(),
    rollbackAllowed: false,
    lockedBy: request.requestId,
  };
  service.deployments[slot] = deployment;
  const start = input.startDeployment === true;
  return startOperation(world, request, 'deployment.settle', {
    service: service.serviceName,
    name,
    final: { status: start ? 'Running' : 'Suspended', instances: { '*': start ? READY : STOPPED } },
    revert: { removeDeployment: true },
  });
}

function swap(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const service = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
  const input = decodeBody<{ production?: string; sourceDeployment?: string }>(schemas.Swap, request);
  const source = deploymentByName(service, required(input.sourceDeployment, 'SourceDeployment'));
  if (source.deploymentSlot !== 'Staging') throw errors.badRequest('The source deployment of a swap must be in the Staging slot.');
  const production = service.deployments['production'];
  if (input.production !== undefined && production?.name.toLowerCase() !== input.production.toLowerCase()) {
    throw errors.badRequest(`The deployment '${input.production}' is not in the Production slot.`);
  }
  lockDeployments(service, production ? [source, production] : [source], request.requestId);
  return startOperation(world, request, 'deployment.swap', { service: service.serviceName });
}

export function registerDeploymentRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('POST', '/services/hostedservices/:service', swap)
    .add('GET', '/services/hostedservices/:service/deploymentslots/:slot', getDeployment)
    .add('DELETE', '/services/hostedservices/:service/deploymentslots/:slot', deleteDeployment)
    .add('POST', '/services/hostedservices/:service/deploymentslots/:slot', (request, world) =>
      request.query.has('comp') ? deploymentCommand(request, world, target) : createCloudServiceDeployment(request, world),
    )
    .add('GET', '/services/hostedservices/:service/deployments/:deployment', getDeployment)
    .add('DELETE', '/services/hostedservices/:service/deployments/:deployment', deleteDeployment)
    .add('POST', '/services/hostedservices/:service/deployments/:deployment', (request, world) => deploymentCommand(request, world, target));
  registerRoleInstanceRoutes(router, target);
}
