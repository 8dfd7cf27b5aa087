import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { DeploymentRecord, HostedServiceRecord, RoleInstanceRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, required, subscriptionOf } from './common.ts';
import { READY } from './deployment-operations.ts';
import type { DeploymentPatch } from './deployment-patch.ts';
import { storageRegionOf } from './storage-region.ts';

type Json = Record<string, unknown>;
const STOPPED_STATES = ['StoppedVM', 'StoppedDeallocated'];

/** Capture Role: a stopped VM's OS disk becomes a User OS image; the VM is deleted or reprovisioned. */
export function captureRole(
  request: RouteRequest,
  world: EmulatorWorld,
  deployment: DeploymentRecord,
  instance: RoleInstanceRecord,
  run: (change: { now?: DeploymentPatch; final: DeploymentPatch }) => HandlerResult,
): HandlerResult {
  const subscription = subscriptionOf(world, request);
  const input = decodeBody<Json>(schemas.CaptureRoleOperation, request);
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

/** Capture Role as VM Image: the VM's disks become a User VM image; the VM keeps running. */
export function captureVmImage(
  request: RouteRequest,
  world: EmulatorWorld,
  service: HostedServiceRecord,
  deployment: DeploymentRecord,
  instance: RoleInstanceRecord,
  run: (change: { now?: DeploymentPatch; final: DeploymentPatch }) => HandlerResult,
): HandlerResult {
  const subscription = subscriptionOf(world, request);
  const input = decodeBody<Json>(schemas.CaptureRoleAsVMImageOperation, request);
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

