import { parseXml } from '../../wire/index.ts';
import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { DeploymentRecord, HostedServiceRecord, RoleInstanceRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { emulatorSchemas } from '../wire-schemas/index.ts';
import { decodeBody, required, subscriptionOf } from './common.ts';
import { deploymentOperation, READY } from './deployment-operations.ts';
import { applyPatch, type DeploymentPatch, type InstanceState } from './deployment-patch.ts';
import { storageRegionOf } from './storage-region.ts';

type Target = (world: EmulatorWorld, request: RouteRequest) => { service: HostedServiceRecord; deployment: DeploymentRecord };
type Json = Record<string, unknown>;

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
      decodeBody(emulatorSchemas.StartRoleOperation, request);
      return run({ now: { instances: { [name]: { instanceStatus: 'StartingVM', powerState: 'Starting' } } }, final: { instances: { [name]: READY } } });
    case 'ShutdownRoleOperation': {
      const input = decodeBody<{ postShutdownAction?: string }>(emulatorSchemas.ShutdownRoleOperation, request);
      const states = shutdownStates(input.postShutdownAction);
      return run({ now: { instances: { [name]: states.transitional } }, final: { instances: { [name]: states.final } } });
    }
    case 'RestartRoleOperation':
      decodeBody(emulatorSchemas.RestartRoleOperation, request);
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

function captureRole(
  request: RouteRequest,
  world: EmulatorWorld,
  deployment: DeploymentRecord,
  instance: RoleInstanceRecord,
  run: (change: { now?: DeploymentPatch; final: DeploymentPatch }) => HandlerResult,
): HandlerResult {
  const subscription = subscriptionOf(world, request);
  const input = decodeBody<Json>(emulatorSchemas.CaptureRoleOperation, request);
  const action = required(input['postCaptureAction'] as string | undefined, 'PostCaptureAction');
  if (action !== 'Delete' && action !== 'Reprovision') throw errors.badRequest(`The PostCaptureAction '${action}' is not valid; use 'Delete' or 'Reprovision'.`);
  const imageName = required(input['targetImageName'] as string | undefined, 'TargetImageName');
  const label = required(input['targetImageLabel'] as string | undefined, 'TargetImageLabel');
  if (!STOPPED_STATES.includes(instance.instanceStatus)) throw errors.conflict('The virtual machine must be shut down before it can be captured.');
  if (subscription.osImages[imageName]) throw errors.imageExists(imageName);
  const role = deployment.roles.find((r) => r.roleName === instance.roleName);
  const disk = (role?.['osVirtualHardDisk'] as Json | undefined) ?? {};
  const image = {
    category: 'User',
    label,
    location: storageRegionOf(subscription, String(disk['mediaLink'] ?? '')),
    logicalSizeInGB: 30,
    mediaLink: String(disk['mediaLink'] ?? ''),
    name: imageName,
    os: String(disk['os'] ?? 'Linux'),
    isPremium: false,
    osState: 'Generalized',
  };
  const final: DeploymentPatch =
    action === 'Delete' ? { addOsImage: image, removeRoles: [instance.roleName] } : { addOsImage: image, instances: { [instance.instanceName]: READY } };
  return run({ now: { instances: { [instance.instanceName]: { instanceStatus: 'CapturingVM', powerState: 'Stopped' } } }, final });
}

function captureVmImage(
  request: RouteRequest,
  world: EmulatorWorld,
  service: HostedServiceRecord,
  deployment: DeploymentRecord,
  instance: RoleInstanceRecord,
  run: (change: { now?: DeploymentPatch; final: DeploymentPatch }) => HandlerResult,
): HandlerResult {
  const subscription = subscriptionOf(world, request);
  const input = decodeBody<Json>(emulatorSchemas.CaptureRoleAsVMImageOperation, request);
  const osState = required(input['osState'] as string | undefined, 'OSState');
  if (osState !== 'Generalized' && osState !== 'Specialized') throw errors.badRequest(`The OSState '${osState}' is not valid; use 'Generalized' or 'Specialized'.`);
  const name = required(input['vmImageName'] as string | undefined, 'VMImageName');
  const label = required(input['vmImageLabel'] as string | undefined, 'VMImageLabel');
  if (subscription.vmImages[name]) throw errors.imageExists(name);
  const role = deployment.roles.find((r) => r.roleName === instance.roleName);
  const disk = (role?.['osVirtualHardDisk'] as Json | undefined) ?? {};
  const now = isoSeconds(world.clock.now());
  const current = { instanceStatus: instance.instanceStatus, powerState: instance.powerState };
  return run({
    now: { instances: { [instance.instanceName]: { instanceStatus: 'CapturingVM', powerState: instance.powerState } } },
    final: {
      instances: { [instance.instanceName]: current },
      addVmImage: {
        name,
        label,
        category: 'User',
        ...(input['description'] !== undefined ? { description: String(input['description']) } : {}),
        os: String(disk['os'] ?? 'Linux'),
        osState,
        mediaLink: String(disk['mediaLink'] ?? ''),
        serviceName: service.serviceName,
        deploymentName: deployment.name,
        roleName: instance.roleName,
        location: storageRegionOf(subscription, String(disk['mediaLink'] ?? '')),
        createdTime: now,
        modifiedTime: now,
        ...(input['language'] !== undefined ? { language: String(input['language']) } : {}),
        ...(input['imageFamily'] !== undefined ? { imageFamily: String(input['imageFamily']) } : {}),
        ...(input['recommendedVMSize'] !== undefined ? { recommendedVMSize: String(input['recommendedVMSize']) } : {}),
      },
    },
  });
}

/** Start or shut down several roles of a deployment (`roles/Operations`). */
function rolesOperation(request: RouteRequest, world: EmulatorWorld, target: Target): HandlerResult {
  const { service, deployment } = target(world, request);
  const root = rootName(request);
  let names: string[];
  let states: { transitional: InstanceState; final: InstanceState };
  if (root === 'StartRolesOperation') {
    names = decodeBody<{ roles?: string[] }>(emulatorSchemas.StartRolesOperation, request).roles ?? [];
    states = { transitional: { instanceStatus: 'StartingVM', powerState: 'Starting' }, final: READY };
  } else if (root === 'ShutdownRolesOperation') {
    const input = decodeBody<{ roles?: string[]; postShutdownAction?: string }>(emulatorSchemas.ShutdownRolesOperation, request);
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
