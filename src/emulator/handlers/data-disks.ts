import { findRoleSize } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { RoleRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, ok, subscriptionOf } from './common.ts';
import { deploymentOperation } from './deployment-operations.ts';
import { applyPatch } from './deployment-patch.ts';
import { allDisks, asFreeDisk, checkDiskName, findDisk } from './disk-records.ts';
import { dataDiskView } from '../views/role-view.ts';
import { roleOf, vmTarget } from './virtual-machines.ts';

type Json = Record<string, unknown>;
interface DataDiskInput {
  hostCaching?: string;
  diskLabel?: string;
  diskName?: string;
  lun?: number;
  logicalDiskSizeInGB?: number;
  mediaLink?: string;
  sourceMediaLink?: string;
}

const CACHING = ['None', 'ReadOnly', 'ReadWrite'];
const MAX_DATA_DISK_GB = 1023;

const disksOf = (role: RoleRecord) => (role['dataVirtualHardDisks'] as Json[] | undefined) ?? [];
const lunOf = (disk: Json) => Number(disk['lun'] ?? 0);

function lunParam(request: RouteRequest): number {
  const raw = request.params['lun'] ?? '';
  if (!/^\d{1,2}$/.test(raw)) throw errors.badRequest(`The LUN '${raw}' is not valid; it is a number from 0 to 63.`);
  return Number(raw);
}

/** LUNs run from 0 to the role size's data disk count minus one. */
function checkLun(role: RoleRecord, lun: number): void {
  const size = findRoleSize(String(role.roleSize ?? 'Small'));
  const max = size?.maxDataDiskCount ?? 1;
  if (!Number.isInteger(lun) || lun < 0 || lun >= max) {
    throw errors.badRequest(`The LUN ${lun} is out of range: a ${size?.name ?? role.roleSize} virtual machine takes data disks at LUNs 0 to ${max - 1}.`);
  }
}

function diskAt(role: RoleRecord, lun: number): Json {
  const disk = disksOf(role).find((d) => lunOf(d) === lun);
  if (!disk) throw errors.dataDiskNotFound(lun);
  return disk;
}

function checkCaching(caching: string | undefined): string {
  if (caching !== undefined && !CACHING.includes(caching)) throw errors.badRequest(`The HostCaching '${caching}' is not valid; use None, ReadOnly or ReadWrite.`);
  return caching ?? 'None';
}

function addDataDisk(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const subscription = subscriptionOf(world, request);
  const { service, deployment } = vmTarget(world, request);
  const role = roleOf(deployment, request.params['role']);
  const input = decodeBody<DataDiskInput>(schemas.DataVirtualHardDisk, request);
  const lun = input.lun ?? 0;
  checkLun(role, lun);
  const size = findRoleSize(String(role.roleSize ?? 'Small'));
  if (disksOf(role).length >= (size?.maxDataDiskCount ?? 1)) throw errors.badRequest(`A ${role.roleSize} virtual machine takes at most ${size?.maxDataDiskCount ?? 1} data disks.`);
  if (disksOf(role).some((d) => lunOf(d) === lun)) throw errors.lunTaken(lun);
  const hostCaching = checkCaching(input.hostCaching);
  let disk: Json;
  const claimed: string[] = [];
  if (input.diskName) {
    checkDiskName(input.diskName);
    const existing = findDisk(subscription, input.diskName);
    if (!existing) throw errors.diskNotFound();
    if (existing.attachedTo) throw errors.diskInUse(existing.name, existing.attachedTo);
    if (existing.os) throw errors.badRequest(`The disk ${existing.name} is an OS disk; attach a data disk.`);
    claimed.push(existing.name);
    disk = { hostCaching, diskLabel: input.diskLabel ?? existing.label, diskName: existing.name, lun, logicalDiskSizeInGB: existing.logicalDiskSizeInGB, mediaLink: existing.mediaLink };
  } else {
    const mediaLink = input.mediaLink;
    if (!mediaLink) throw errors.badRequest('The data disk needs a DiskName (an existing disk) or a MediaLink (where to create it).');
    if (allDisks(subscription).some((d) => d.mediaLink.toLowerCase() === mediaLink.toLowerCase())) throw errors.mediaLinkInUse(mediaLink);
    const gb = input.logicalDiskSizeInGB ?? (input.sourceMediaLink ? 10 : undefined);
    if (gb === undefined || gb < 1 || gb > MAX_DATA_DISK_GB) throw errors.badRequest(`The LogicalDiskSizeInGB must be from 1 to ${MAX_DATA_DISK_GB}.`);
    const stamp = isoSeconds(world.clock.now()).replace(/[-:TZ]/g, '');
    disk = {
      hostCaching,
      ...(input.diskLabel ? { diskLabel: input.diskLabel } : {}),
      diskName: `${service.serviceName}-${role.roleName}-${lun}-${stamp}`,
      lun,
      logicalDiskSizeInGB: gb,
      mediaLink,
      ...(input.sourceMediaLink ? { sourceMediaLink: input.sourceMediaLink } : {}),
    };
  }
  const updated = { ...role, dataVirtualHardDisks: [...disksOf(role), { ...disk, ioType: 'Standard' }] };
  return deploymentOperation(world, request, service, deployment, { final: { roles: [updated], removeDisks: claimed } }, () => {});
}

function updateDataDisk(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { deployment } = vmTarget(world, request);
  const role = roleOf(deployment, request.params['role']);
  const lun = lunParam(request);
  const disk = diskAt(role, lun);
  const input = decodeBody<DataDiskInput>(schemas.DataVirtualHardDisk, request);
  const moveTo = input.lun ?? lun;
  if (moveTo !== lun) {
    checkLun(role, moveTo);
    if (disksOf(role).some((d) => lunOf(d) === moveTo)) throw errors.lunTaken(moveTo);
  }
  if (input.diskName !== undefined && input.diskName !== disk['diskName']) throw errors.badRequest('The DiskName of an attached disk cannot change.');
  if (input.logicalDiskSizeInGB !== undefined && input.logicalDiskSizeInGB < Number(disk['logicalDiskSizeInGB'] ?? 0)) {
    throw errors.badRequest('A data disk cannot shrink.');
  }
  if (deployment.lockedBy) throw errors.deploymentBusy(deployment.lockedBy);
  Object.assign(disk, {
    hostCaching: checkCaching(input.hostCaching ?? String(disk['hostCaching'] ?? 'None')),
    ...(input.diskLabel !== undefined ? { diskLabel: input.diskLabel } : {}),
    ...(input.logicalDiskSizeInGB !== undefined ? { logicalDiskSizeInGB: input.logicalDiskSizeInGB } : {}),
    lun: moveTo,
  });
  deployment.lastModifiedTime = isoSeconds(world.clock.now());
  // The service answers 200 (not 202) here; the request id still shows in Get Operation Status.
  return ok();
}

function deleteDataDisk(request: RouteRequest, world: EmulatorWorld): HandlerResult {
  const { service, deployment } = vmTarget(world, request);
  const role = roleOf(deployment, request.params['role']);
  const lun = lunParam(request);
  const disk = diskAt(role, lun);
  const subscription = subscriptionOf(world, request);
  // Without `?comp=media` the disk goes back to the repository, free.
  const withMedia = (request.query.get('comp') ?? '').toLowerCase() === 'media';
  const leaving = withMedia ? undefined : findDisk(subscription, String(disk['diskName'] ?? ''));
  const updated = { ...role, dataVirtualHardDisks: disksOf(role).filter((d) => d !== disk) };
  return deploymentOperation(
    world,
    request,
    service,
    deployment,
    { final: { roles: [updated], ...(leaving ? { addDisks: [asFreeDisk(leaving)] } : {}) } },
    (patch) => applyPatch(deployment, patch, world.clock.now()),
  );
}

export function registerDataDiskRoutes(router: Router<EmulatorWorld>): void {
  const disks = '/services/hostedservices/:service/deployments/:deployment/roles/:role/DataDisks';
  router
    .add('POST', disks, addDataDisk)
    .add('GET', `${disks}/:lun`, (request, world) => {
      const { deployment } = vmTarget(world, request);
      const disk = diskAt(roleOf(deployment, request.params['role']), lunParam(request));
      return ok({ schema: schemas.DataVirtualHardDisk, value: dataDiskView(disk) });
    })
    .add('PUT', `${disks}/:lun`, updateDataDisk)
    .add('DELETE', `${disks}/:lun`, deleteDataDisk);
}
