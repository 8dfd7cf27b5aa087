import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, ok, required, subscriptionOf } from './common.ts';
import { allDisks, checkDiskName, diskView, findDisk, freeDisks, OS_DISK_SIZE_GB, roleDiskEntry } from './disk-records.ts';
import { storageRegionOf } from './storage-region.ts';

interface DiskInput {
  os?: string;
  label?: string;
  mediaLink?: string;
  name?: string;
}

const DATA_DISK_SIZE_GB = 10;

/** Disks of the image repository. Add, update and delete answer synchronously; an attached disk cannot be deleted. */
export function registerDiskRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/services/disks', (request, world) => {
      const subscription = subscriptionOf(world, request);
      return ok({ schema: schemas.Disks, value: allDisks(subscription).map(diskView) });
    })
    .add('POST', '/services/disks', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const input = decodeBody<DiskInput>(schemas.Disk, request);
      const name = required(input.name, 'Name');
      checkDiskName(name);
      const label = required(input.label, 'Label');
      const mediaLink = required(input.mediaLink, 'MediaLink');
      if (!/^https?:\/\/[a-z0-9]+\.blob\.[^/]+\/.+/.test(mediaLink)) throw errors.badRequest('The MediaLink must be the URL of a blob in a storage account.');
      if (input.os !== undefined && input.os !== 'Linux' && input.os !== 'Windows') {
        throw errors.badRequest(`The OS '${input.os}' is not valid; use 'Linux' or 'Windows'.`);
      }
      if (findDisk(subscription, name)) throw errors.diskExists(name);
      if (allDisks(subscription).some((disk) => disk.mediaLink.toLowerCase() === mediaLink.toLowerCase())) throw errors.mediaLinkInUse(mediaLink);
      const disk = {
        name,
        label,
        ...(input.os ? { os: input.os } : {}),
        mediaLink,
        location: storageRegionOf(subscription, mediaLink),
        logicalDiskSizeInGB: input.os ? OS_DISK_SIZE_GB : DATA_DISK_SIZE_GB,
        createdTime: isoSeconds(world.clock.now()),
      };
      freeDisks(subscription)[name] = disk;
      return ok({ schema: schemas.Disk, value: diskView(disk) });
    })
    .add('GET', '/services/disks/:name', (request, world) => {
      const name = request.params['name'] ?? '';
      checkDiskName(name);
      const disk = findDisk(subscriptionOf(world, request), name);
      if (!disk) throw errors.diskNotFound();
      return ok({ schema: schemas.Disk, value: diskView(disk) });
    })
    .add('PUT', '/services/disks/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const name = request.params['name'] ?? '';
      checkDiskName(name);
      const input = decodeBody<DiskInput>(schemas.Disk, request);
      const label = required(input.label, 'Label');
      if (input.name !== undefined && input.name.toLowerCase() !== name.toLowerCase()) throw errors.badRequest('The Name in the body does not match the disk in the path.');
      const disk = findDisk(subscription, name);
      if (!disk) throw errors.diskNotFound();
      const free = freeDisks(subscription)[disk.name];
      if (free) free.label = label;
      const attached = disk.attachedTo ? roleDiskEntry(subscription, disk.name) : undefined;
      if (attached) attached['diskLabel'] = label;
      return ok({ schema: schemas.Disk, value: diskView({ ...disk, label }) });
    })
    .add('DELETE', '/services/disks/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const name = request.params['name'] ?? '';
      checkDiskName(name);
      const disk = findDisk(subscription, name);
      if (!disk) throw errors.diskNotFound();
      if (disk.attachedTo) throw errors.diskInUse(disk.name, disk.attachedTo);
      // `?comp=media` also deletes the blob; the emulator keeps no blobs, so both forms just forget the disk.
      delete freeDisks(subscription)[disk.name];
      return ok();
    });
}
