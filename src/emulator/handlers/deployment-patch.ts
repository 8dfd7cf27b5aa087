import type { Transition } from '../operations/index.ts';
import type { DeploymentRecord, DiskRecord, OsImageRecord, RoleInstanceRecord, RoleRecord, VmImageRecord } from '../persistence/index.ts';
import { disksOfRole, freeDisks, releaseDisks } from './disk-records.ts';
import { isoSeconds } from '../operations/index.ts';
import { unlock } from './locks.ts';
import { deploymentIn, removeDeployment, serviceIn, subscriptionIn } from './lookup.ts';

export interface InstanceState {
  readonly instanceStatus: string;
  readonly powerState: string;
}

/** A JSON description of a change to a deployment, applied when its operation completes (or fails). */
export interface DeploymentPatch {
  status?: string;
  /** Instance states by instance name (all instances when the key is `*`). */
  instances?: Record<string, InstanceState>;
  roleInstances?: RoleInstanceRecord[];
  removeInstances?: string[];
  removeRoles?: string[];
  /** Roles replaced (by name) or added. */
  roles?: RoleRecord[];
  fields?: Partial<Pick<DeploymentRecord, 'configuration' | 'label' | 'packageUrl' | 'extendedProperties' | 'rollbackAllowed' | 'upgradeDomainCount'>>;
  upgradeStatus?: DeploymentRecord['upgradeStatus'] | null;
  removeDeployment?: boolean;
  addOsImage?: OsImageRecord;
  addVmImage?: VmImageRecord;
  /** Free disks of the repository that were attached (removed) or detached (added). */
  removeDisks?: string[];
  addDisks?: DiskRecord[];
  /** The disks of the roles (or deployment) removed go back to the repository, free (a delete without `comp=media`). */
  releaseDisks?: boolean;
  dnsServers?: { name: string; address: string }[];
}

export interface SettleParams {
  service: string;
  name: string;
  final: DeploymentPatch;
  revert: DeploymentPatch;
}

function applyInstances(deployment: DeploymentRecord, states: Record<string, InstanceState>, now: number): void {
  for (const instance of deployment.roleInstances) {
    const next = states[instance.instanceName] ?? states['*'];
    if (next) Object.assign(instance, next);
    if (next?.instanceStatus === 'ReadyRole' && deployment.kind === 'virtualMachines') instance.provisionedAt ??= now;
  }
}

export function applyPatch(deployment: DeploymentRecord, patch: DeploymentPatch, now: number): void {
  if (patch.fields) Object.assign(deployment, patch.fields);
  if (patch.upgradeStatus === null) delete deployment.upgradeStatus;
  else if (patch.upgradeStatus) deployment.upgradeStatus = patch.upgradeStatus;
  if (patch.roles) {
    for (const role of patch.roles) {
      const index = deployment.roles.findIndex((r) => r.roleName === role.roleName);
      if (index >= 0) deployment.roles[index] = role;
      else deployment.roles.push(role);
    }
  }
  if (patch.removeRoles) {
    const removed = new Set(patch.removeRoles);
    deployment.roles = deployment.roles.filter((role) => !removed.has(role.roleName));
    deployment.roleInstances = deployment.roleInstances.filter((instance) => !removed.has(instance.roleName));
  }
  if (patch.roleInstances) deployment.roleInstances = patch.roleInstances;
  if (patch.removeInstances) {
    const removed = new Set(patch.removeInstances);
    deployment.roleInstances = deployment.roleInstances.filter((instance) => !removed.has(instance.instanceName));
  }
  if (patch.instances) applyInstances(deployment, patch.instances, now);
  if (patch.status) deployment.status = patch.status;
  if (patch.dnsServers) deployment.dnsServers = patch.dnsServers;
  deployment.lastModifiedTime = isoSeconds(now);
}

function settle(which: 'final' | 'revert'): Transition['succeed'] {
  return (context, raw) => {
    const params = raw as unknown as SettleParams;
    const patch = params[which];
    const subscription = subscriptionIn(context.state, context.subscriptionId);
    const service = serviceIn(context.state, context.subscriptionId, params.service);
    const deployment = deploymentIn(context.state, context.subscriptionId, params.service, params.name);
    if (subscription && patch.addOsImage) subscription.osImages[patch.addOsImage.name] = patch.addOsImage;
    if (subscription && patch.addVmImage) subscription.vmImages[patch.addVmImage.name] = patch.addVmImage;
    if (subscription) for (const name of patch.removeDisks ?? []) delete freeDisks(subscription)[name];
    if (subscription) for (const disk of patch.addDisks ?? []) freeDisks(subscription)[disk.name] = disk;
    if (!deployment) return;
    unlock(deployment, context.requestId);
    if (patch.releaseDisks && subscription && service) {
      const leaving = patch.removeDeployment ? deployment.roles : deployment.roles.filter((role) => patch.removeRoles?.includes(role.roleName));
      releaseDisks(subscription, leaving.flatMap((role) => disksOfRole(subscription, service, deployment, role)));
    }
    if (patch.removeDeployment) {
      removeDeployment(service, params.name);
      return;
    }
    applyPatch(deployment, patch, context.clock.now());
    // A VM deployment whose last role went away goes with it.
    if (deployment.kind === 'virtualMachines' && deployment.roles.length === 0) removeDeployment(service, params.name);
  };
}

export const deploymentTransitions: Record<string, Transition> = {
  'deployment.settle': { succeed: settle('final'), fail: settle('revert') },
  'deployment.swap': {
    succeed(context, params) {
      const service = serviceIn(context.state, context.subscriptionId, params['service']);
      if (!service) return;
      const production = service.deployments['production'];
      const staging = service.deployments['staging'];
      for (const deployment of [production, staging]) unlock(deployment, context.requestId);
      service.deployments = {};
      if (staging) service.deployments['production'] = { ...staging, deploymentSlot: 'Production' };
      if (production) service.deployments['staging'] = { ...production, deploymentSlot: 'Staging' };
    },
    fail(context, params) {
      const service = serviceIn(context.state, context.subscriptionId, params['service']);
      for (const deployment of Object.values(service?.deployments ?? {})) unlock(deployment, context.requestId);
    },
  },
  'hostedService.deleteComplete': {
    succeed(context, params) {
      const subscription = subscriptionIn(context.state, context.subscriptionId);
      if (subscription) delete subscription.hostedServices[String(params['service']).toLowerCase()];
    },
    fail(context, params) {
      const service = serviceIn(context.state, context.subscriptionId, params['service']);
      for (const deployment of Object.values(service?.deployments ?? {})) {
        unlock(deployment, context.requestId);
        deployment.status = 'Running';
      }
    },
  },
};
