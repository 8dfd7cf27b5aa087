import { PLATFORM_OS_IMAGES, findPlatformOsImage } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import type { OsImageRecord, SubscriptionRecord } from '../persistence/index.ts';
import type { RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { osImageDetailsView, osImageView } from '../views/image-views.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, ok, required, subscriptionOf } from './common.ts';
import { storageRegionOf } from './storage-region.ts';

type OsImageInput = Partial<OsImageRecord>;

function imageOf(subscription: SubscriptionRecord, request: RouteRequest) {
  const name = request.params['name'] ?? '';
  const image = subscription.osImages[name] ?? findPlatformOsImage(name);
  if (!image) throw errors.imageNotFound();
  return image;
}

function userImageOf(subscription: SubscriptionRecord, request: RouteRequest): OsImageRecord {
  const image = imageOf(subscription, request);
  if (image.category !== 'User') throw errors.badRequest('Platform images cannot be changed or deleted; only the subscription\'s own (User) images can.');
  return image as OsImageRecord;
}

function checkOs(os: string): string {
  if (os !== 'Linux' && os !== 'Windows') throw errors.badRequest(`The OS '${os}' is not valid; use 'Linux' or 'Windows'.`);
  return os;
}

/** The service echoes a published date with a time part, without zone. */
function publishedDate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw errors.badRequest(`The PublishedDate '${value}' is not a valid date.`);
  return date.toISOString().replace('.000Z', 'Z');
}

export function registerOsImageRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/services/images', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const value = [...PLATFORM_OS_IMAGES, ...Object.values(subscription.osImages)].map(osImageView);
      return ok({ schema: schemas.Images, value });
    })
    .add('POST', '/services/images', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const input = decodeBody<OsImageInput>(schemas.OSImage, request);
      const label = required(input.label, 'Label');
      const mediaLink = required(input.mediaLink, 'MediaLink');
      const name = required(input.name, 'Name');
      const os = checkOs(required(input.os, 'OS'));
      if (!/^https?:\/\//.test(mediaLink)) throw errors.badRequest('The MediaLink must be the URL of a blob.');
      if (subscription.osImages[name] || findPlatformOsImage(name)) throw errors.imageExists(name);
      const image: OsImageRecord = {
        category: 'User',
        label,
        location: storageRegionOf(subscription, mediaLink),
        logicalSizeInGB: 30,
        mediaLink,
        name,
        os,
        isPremium: false,
        osState: 'Generalized',
      };
      subscription.osImages[name] = image;
      return ok({ schema: schemas.OSImage, value: osImageView(image) });
    })
    .add('GET', '/services/images/:name', (request, world) =>
      ok({ schema: schemas.OSImage, value: osImageView(imageOf(subscriptionOf(world, request), request)) }),
    )
    .add('GET', '/services/images/:name/details', (request, world) =>
      ok({ schema: schemas.OSImageDetails, value: osImageDetailsView(imageOf(subscriptionOf(world, request), request)) }),
    )
    .add('PUT', '/services/images/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const image = userImageOf(subscription, request);
      const input = decodeBody<OsImageInput>(schemas.OSImage, request);
      image.label = required(input.label, 'Label');
      if (input.os !== undefined) image.os = checkOs(input.os);
      const optional = ['eula', 'description', 'imageFamily', 'showInGui', 'iconUri', 'privacyUri', 'recommendedVMSize', 'smallIconUri', 'language'] as const;
      for (const field of optional) if (input[field] !== undefined) Object.assign(image, { [field]: input[field] });
      const published = publishedDate(input.publishedDate);
      if (published) image.publishedDate = published;
      const echoed = osImageView(image);
      // The service answers with the empty URIs it was sent but does not keep them.
      for (const field of ['iconUri', 'privacyUri', 'smallIconUri'] as const) if (image[field] === '') delete image[field];
      return ok({ schema: schemas.OSImage, value: echoed });
    })
    .add('DELETE', '/services/images/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const image = userImageOf(subscription, request);
      delete subscription.osImages[image.name];
      return ok();
    });
}
