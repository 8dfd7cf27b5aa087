import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { DeploymentRecord, HostedServiceRecord, RoleInstanceRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { roleView } from '../views/role-view.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, hostedServiceOf, ok, required, startOperation, subscriptionOf } from './common.ts';
import { newInstanceIp, newPrivateId, newVirtualIp, vmServiceConfiguration } from './deployment-builders.ts';
import { deploymentOperation, READY } from './deployment-operations.ts';
import { applyPatch } from './deployment-patch.ts';
import { deploymentByName, slotKey } from './lookup.ts';
import { registerRoleOperationRoutes } from './role-operations.ts';
import { provisionRole } from './vm-provisioning.ts';
import { claimReservedIp } from './reserved-ips.ts';
import { networkFor } from './virtual-network-rules.ts';

type Json = Record<string, unknown>;
const PROVISIONING_INSTANCE = { instanceStatus: 'Provisioning', powerState: 'Starting' };

export function vmTarget(world: EmulatorWorld, request: RouteRequest): { service: HostedServiceRecord; deployment: DeploymentRecord } {
  const service = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
  const deployment = deploymentByName(service, request.params['deployment']);
  if (deployment.kind !== 'virtualMachines') throw errors.badRequest('The deployment has no virtual machine roles.');
  return { service, deployment };
}

export function roleOf(deployment: DeploymentRecord, name: string | undefined) {
  const role = deployment.roles.find((r) => r.roleName.toLowerCase() === (name ?? '').toLowerCase());
  if (!role) throw errors.roleNotFound(name ?? '');
  return role;
}

function newInstance(roleName: string, roleSize: string, hostName: string | undefined): RoleInstanceRecord {
  return {
    roleName,
    instanceName: roleName,
    ...PROVISIONING_INSTANCE,
    instanceUpgradeDomain: 0,
    instanceFaultDomain: 0,
    instanceSize: roleSize,
    ipAddress: newInstanceIp(),
    ...(hostName ? { hostName } : {}),
  };
}

function createVmDeployment(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const subscription = subscriptionOf(world, request);
  const service = hostedServiceOf(subscription, request.params['service']);
  const input = decodeBody<Json>(schemas.CreateVirtualMachineDeployment, request);
  const name = required(input['name'] as string | undefined, 'Name');
  const slot = slotKey(required(input['deploymentSlot'] as string | undefined, 'DeploymentSlot'));
  const label = required(input['label'] as string | undefined, 'Label');
  const roles = (input['roleList'] as Json[] | undefined) ?? [];
  if (roles.length !== 1) throw errors.badRequest('A virtual machine deployment is created with exactly one role; add more with Add Role.');
  if (service.deployments[slot]) throw errors.slotOccupied(slot === 'production' ? 'Production' : 'Staging');
  if (Object.values(service.deployments).some((d) => d.name.toLowerCase() === name.toLowerCase())) throw errors.deploymentNameTaken(name);
  const provisioned = provisionRole(subscription, service.serviceName, roles[0] as Json, new Date(world.clock.now()));
  const reservedIp = input['reservedIPName'] ? claimReservedIp(subscription, service, String(input['reservedIPName'])) : undefined;
  const network = input['virtualNetworkName'] ? networkFor(subscription, String(input['virtualNetworkName']), roles[0] as Json) : undefined;
  const dnsServers = ((input['dns'] as Json | undefined)?.['dnsServers'] as { name: string; address: string }[] | undefined) ?? [];
  const now = isoSeconds(world.clock.now());
  service.deployments[slot] = {
    name,
    deploymentSlot: slot === 'production' ? 'Production' : 'Staging',
    privateId: newPrivateId(),
    status: 'Deploying',
    label,
    configuration: vmServiceConfiguration([provisioned.role.roleName]),
    kind: 'virtualMachines',
    roleInstances: [newInstance(provisioned.role.roleName, provisioned.roleSize, provisioned.hostName)],
    roles: [provisioned.role],
    upgradeDomainCount: 1,
    sdkVersion: '',
    createdTime: now,
    lastModifiedTime: now,
    extendedProperties: {},
    virtualIpAddress: reservedIp?.address ?? newVirtualIp(),
    rollbackAllowed: false,
    lockedBy: request.requestId,
    ...(reservedIp ? { reservedIpName: reservedIp.name } : {}),
    ...(network ? { virtualNetworkName: network } : {}),
    ...(dnsServers.length > 0 ? { dnsServers } : {}),
  };
  return startOperation(world, request, 'deployment.settle', {
    service: service.serviceName,
    name,
    final: { status: 'Running', instances: { '*': READY } },
    revert: { removeDeployment: true },
  });
}

function addRole(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const subscription = subscriptionOf(world, request);
  const { service, deployment } = vmTarget(world, request);
  const input = decodeBody<Json>(schemas.PersistentVMRole, request);
  const roleName = required(input['roleName'] as string | undefined, 'RoleName');
  if (deployment.roles.some((role) => role.roleName.toLowerCase() === roleName.toLowerCase())) throw errors.roleNameTaken(roleName);
  const provisioned = provisionRole(subscription, service.serviceName, input, new Date(world.clock.now()));
  return deploymentOperation(
    world,
    request,
    service,
    deployment,
    { final: { instances: { [roleName]: READY } }, revert: { removeRoles: [roleName] } },
    () => {
      deployment.roles.push(provisioned.role);
      deployment.roleInstances.push(newInstance(roleName, provisioned.roleSize, provisioned.hostName));
      deployment.configuration = vmServiceConfiguration(deployment.roles.map((role) => role.roleName));
    },
  );
}

function updateRole(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { service, deployment } = vmTarget(world, request);
  const role = roleOf(deployment, request.params['role']);
  const input = decodeBody<Json>(schemas.PersistentVMRole, request);
  if (input['roleName'] !== undefined && String(input['roleName']).toLowerCase() !== role.roleName.toLowerCase()) {
    throw errors.badRequest('The RoleName in the body does not match the role in the path.');
  }
  const sets = (input['configurationSets'] as Json[] | undefined)?.filter((set) => set['configurationSetType'] === 'NetworkConfiguration');
  const updated = {
    ...role,
    ...(sets ? { configurationSets: sets } : {}),
    ...(input['roleSize'] ? { roleSize: String(input['roleSize']) } : {}),
    ...(input['availabilitySetName'] !== undefined ? { availabilitySetName: input['availabilitySetName'] } : {}),
    ...(input['dataVirtualHardDisks'] !== undefined ? { dataVirtualHardDisks: input['dataVirtualHardDisks'] } : {}),
    ...(input['resourceExtensionReferences'] !== undefined ? { resourceExtensionReferences: input['resourceExtensionReferences'] } : {}),
  };
  return deploymentOperation(
    world,
    request,
    service,
    deployment,
    { now: { roles: [updated], instances: { [role.roleName]: { instanceStatus: 'RoleStateUnknown', powerState: 'Started' } } }, final: { instances: { [role.roleName]: READY } } },
    (patch) => {
      applyPatch(deployment, patch, world.clock.now());
      const instance = deployment.roleInstances.find((i) => i.roleName === role.roleName);
      if (instance && typeof updated.roleSize === 'string') instance.instanceSize = updated.roleSize;
    },
  );
}

function deleteRole(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { service, deployment } = vmTarget(world, request);
  const role = roleOf(deployment, request.params['role']);
  if (deployment.roles.length === 1) {
    throw errors.badRequest('The role cannot be deleted because it is the only role of the deployment; delete the deployment instead.');
  }
  return deploymentOperation(
    world,
    request,
    service,
    deployment,
    {
      now: { instances: { [role.roleName]: { instanceStatus: 'DeletingVM', powerState: 'Stopping' } } },
      // Without `?comp=media` the role's disks stay in the repository, free.
      final: { removeRoles: [role.roleName], releaseDisks: (request.query.get('comp') ?? '').toLowerCase() !== 'media' },
    },
    (patch) => applyPatch(deployment, patch, world.clock.now()),
  );
}

export function registerVirtualMachineRoutes(router: Router<EmulatorWorld>): void {
  const roles = '/services/hostedservices/:service/deployments/:deployment/roles';
  router
    .add('POST', '/services/hostedservices/:service/deployments', createVmDeployment)
    .add('POST', roles, addRole)
    .add('GET', `${roles}/:role`, (request, world) => {
      const { deployment } = vmTarget(world, request);
      return ok({ schema: schemas.PersistentVMRole, value: roleView(roleOf(deployment, request.params['role']), { inDeployment: false }) });
    })
    .add('PUT', `${roles}/:role`, updateRole)
    .add('DELETE', `${roles}/:role`, deleteRole);
  registerRoleOperationRoutes(router, vmTarget);
}
