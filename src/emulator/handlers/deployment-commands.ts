import { errors } from '../errors/index.ts';
import type { DeploymentRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, mergeProperties, required } from './common.ts';
import { cloudServiceInstances, guestOsVersion, parseServiceConfiguration } from './deployment-builders.ts';
import { deploymentOperation, READY, STOPPED } from './deployment-operations.ts';
import { applyPatch } from './deployment-patch.ts';
import type { DeploymentTarget } from './deployment-target.ts';

/** `?comp=config|status|upgrade|walkupgradedomain|rollback` on a deployment. */
export function deploymentCommand(request: RouteRequest, world: EmulatorWorld, target: DeploymentTarget): HandlerResult {
  const comp = (request.query.get('comp') ?? '').toLowerCase();
  const { service, deployment } = target(world, request);
  const run = (change: Parameters<typeof deploymentOperation>[4]) =>
    deploymentOperation(world, request, service, deployment, change, (patch) => applyPatch(deployment, patch, world.clock.now()));
  const steady = deployment.status === 'Suspended' ? 'Suspended' : 'Running';
  switch (comp) {
    case 'status': {
      const input = decodeBody<{ status?: string }>(schemas.UpdateDeploymentStatus, request);
      const status = required(input.status, 'Status');
      if (status !== 'Running' && status !== 'Suspended') throw errors.badRequest(`The status '${status}' is not valid; use 'Running' or 'Suspended'.`);
      return run({
        now: { status: status === 'Running' ? 'Starting' : 'Suspending' },
        final: { status, instances: { '*': status === 'Running' ? READY : STOPPED } },
      });
    }
    case 'config': {
      const input = decodeBody<{ configuration?: string; mode?: string; extendedProperties?: Record<string, string> }>(
        schemas.ChangeConfiguration,
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
        schemas.UpgradeDeployment,
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
      const input = decodeBody<{ upgradeDomain?: number }>(schemas.WalkUpgradeDomain, request);
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
      decodeBody(schemas.RollbackUpdateOrUpgrade, request);
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
