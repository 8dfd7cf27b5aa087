import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { DeploymentRecord, HostedServiceRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { deploymentView } from '../views/deployment-view.ts';
import { emulatorSchemas } from '../wire-schemas/index.ts';
import { decodeBody, hostedServiceOf, mergeProperties, ok, required, startOperation, subscriptionOf } from './common.ts';
import { cloudServiceInstances, guestOsVersion, newPrivateId, newVirtualIp, parseServiceConfiguration } from './deployment-builders.ts';
import { deploymentOperation, READY, STOPPED } from './deployment-operations.ts';
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

function target(world: EmulatorWorld, request: RouteRequest): { service: HostedServiceRecord; deployment: DeploymentRecord } {
  const service = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
  const deployment =
    request.params['slot'] !== undefined
      ? deploymentBySlot(service, request.params['slot'])
      : deploymentByName(service, request.params['deployment']);
  return { service, deployment };
}

function getDeployment(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { service, deployment } = target(world, request);
  return ok({ schema: emulatorSchemas.Deployment, value: deploymentView(deployment, service) });
}

function deleteDeployment(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { service, deployment } = target(world, request);
  return deploymentOperation(world, request, service, deployment, { now: { status: 'Deleting' }, final: { removeDeployment: true } }, (patch) =>
    applyPatch(deployment, patch, world.clock.now()),
  );
}

function createCloudServiceDeployment(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const service = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
  const slot = slotKey(request.params['slot'] ?? '');
  const input = decodeBody<CreateDeployment>(emulatorSchemas.CreateDeployment, request);
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
  const input = decodeBody<{ production?: string; sourceDeployment?: string }>(emulatorSchemas.Swap, request);
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
      request.query.has('comp') ? deploymentCommand(request, world) : createCloudServiceDeployment(request, world),
    )
    .add('GET', '/services/hostedservices/:service/deployments/:deployment', getDeployment)
    .add('DELETE', '/services/hostedservices/:service/deployments/:deployment', deleteDeployment)
    .add('POST', '/services/hostedservices/:service/deployments/:deployment', deploymentCommand);
  registerRoleInstanceRoutes(router, target);
}

/** `?comp=config|status|upgrade|walkupgradedomain|rollback` on a deployment. */
function deploymentCommand(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const comp = (request.query.get('comp') ?? '').toLowerCase();
  const { service, deployment } = target(world, request);
  const run = (change: Parameters<typeof deploymentOperation>[4]) =>
    deploymentOperation(world, request, service, deployment, change, (patch) => applyPatch(deployment, patch, world.clock.now()));
  const steady = deployment.status === 'Suspended' ? 'Suspended' : 'Running';
  switch (comp) {
    case 'status': {
      const input = decodeBody<{ status?: string }>(emulatorSchemas.UpdateDeploymentStatus, request);
      const status = required(input.status, 'Status');
      if (status !== 'Running' && status !== 'Suspended') throw errors.badRequest(`The status '${status}' is not valid; use 'Running' or 'Suspended'.`);
      return run({
        now: { status: status === 'Running' ? 'Starting' : 'Suspending' },
        final: { status, instances: { '*': status === 'Running' ? READY : STOPPED } },
      });
    }
    case 'config': {
      const input = decodeBody<{ configuration?: string; mode?: string; extendedProperties?: Record<string, string> }>(
        emulatorSchemas.ChangeConfiguration,
        request,
      );
      const configuration = required(input.configuration, 'Configuration');
      const sized = resized(deployment, configuration, steady);
      const fields = { configuration, extendedProperties: mergeProperties(deployment.extendedProperties, input.extendedProperties) };
      return run({
        now: { status: `${steady}Transitioning` },
        final: { ...sized, status: steady, fields: { ...fields, ...sized.fields } },
      });
    }
    case 'upgrade': {
      const input = decodeBody<{ mode?: string; packageUrl?: string; configuration?: string; label?: string; extendedProperties?: Record<string, string> }>(
        emulatorSchemas.UpgradeDeployment,
        request,
      );
      const mode = required(input.mode, 'Mode');
      const configuration = required(input.configuration, 'Configuration');
      const fields = {
        configuration,
        label: required(input.label, 'Label'),
        packageUrl: required(input.packageUrl, 'PackageUrl'),
        extendedProperties: mergeProperties(deployment.extendedProperties, input.extendedProperties),
        rollbackAllowed: true,
      };
      const manual = mode.toLowerCase() === 'manual';
      const sized = resized(deployment, configuration, steady);
      return run({
        now: { status: `${steady}Transitioning` },
        final: {
          ...sized,
          status: steady,
          fields: { ...fields, ...sized.fields },
          upgradeStatus: manual ? { upgradeType: 'Manual', currentUpgradeDomainState: 'Before', currentUpgradeDomain: 0 } : null,
        },
      });
    }
    case 'walkupgradedomain': {
      const input = decodeBody<{ upgradeDomain?: number }>(emulatorSchemas.WalkUpgradeDomain, request);
      const domain = required(input.upgradeDomain, 'UpgradeDomain');
      const upgrade = deployment.upgradeStatus;
      if (!upgrade) throw errors.badRequest('No upgrade is in progress on this deployment.');
      if (domain !== upgrade.currentUpgradeDomain) {
        throw errors.badRequest(`The upgrade domain to walk next is ${upgrade.currentUpgradeDomain}, not ${domain}.`);
      }
      const last = domain + 1 >= deployment.upgradeDomainCount;
      return run({
        now: { status: `${steady}Transitioning` },
        final: {
          status: steady,
          upgradeStatus: last ? null : { upgradeType: 'Manual', currentUpgradeDomainState: 'Before', currentUpgradeDomain: domain + 1 },
        },
      });
    }
    case 'rollback': {
      decodeBody(emulatorSchemas.RollbackUpdateOrUpgrade, request);
      if (!deployment.rollbackAllowed) throw errors.badRequest('There is no update or upgrade of this deployment to roll back.');
      return run({ now: { status: `${steady}Transitioning` }, final: { status: steady, upgradeStatus: null, fields: { rollbackAllowed: false } } });
    }
    default:
      throw errors.badRequest(`The 'comp' query parameter '${comp}' is not supported on a deployment.`);
  }
}

/** The role instances a changed configuration asks for (instance counts may grow or shrink). */
function resized(deployment: DeploymentRecord, configuration: string, steady: string) {
  if (deployment.kind !== 'cloudService') return {};
  const roles = parseServiceConfiguration(configuration);
  const state = steady === 'Running' ? READY : STOPPED;
  const { instances, upgradeDomainCount } = cloudServiceInstances(roles, state);
  const kept = instances.map((instance) => {
    const existing = deployment.roleInstances.find((i) => i.instanceName === instance.instanceName);
    return existing ? { ...existing, ...state } : instance;
  });
  const osVersion = deployment.roles[0]?.osVersion ?? guestOsVersion(configuration);
  return {
    roleInstances: kept,
    roles: roles.map((role) => ({ roleName: role.name, roleType: '', osVersion })),
    fields: { upgradeDomainCount },
  };
}
