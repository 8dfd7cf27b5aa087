import { PLATFORM_VM_IMAGES, findPlatformVmImage } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import type { Transition } from '../operations/index.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { platformVmImageView, userVmImageView } from '../views/image-views.ts';
import { schemas } from '../../wire/index.ts';
import { ok, startOperation, subscriptionOf } from './common.ts';
import { subscriptionIn } from './lookup.ts';

export const vmImageTransitions: Record<string, Transition> = {
  'vmImage.delete': {
    succeed(context, params) {
      const subscription = subscriptionIn(context.state, context.subscriptionId);
      if (subscription) delete subscription.vmImages[String(params['name'])];
    },
    fail() {},
  },
};

export function registerVmImageRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/services/vmimages', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const location = request.query.get('location')?.toLowerCase();
      const publisher = request.query.get('publisher')?.toLowerCase();
      const category = request.query.get('category')?.toLowerCase();
      const platform = PLATFORM_VM_IMAGES.filter(
        (image) =>
          (!location || image.location.toLowerCase().split(';').includes(location)) &&
          (!publisher || image.publisherName.toLowerCase() === publisher) &&
          (!category || category === 'public'),
      ).map(platformVmImageView);
      const user = Object.values(subscription.vmImages)
        .filter(
          (image) =>
            (!location || image.location.toLowerCase() === location) && !publisher && (!category || category === image.category.toLowerCase()),
        )
        .map(userVmImageView);
      return ok({ schema: schemas.VMImages, value: [...platform, ...user] });
    })
    .add('DELETE', '/services/vmimages/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const name = request.params['name'] ?? '';
      if (findPlatformVmImage(name)) throw errors.badRequest('Platform VM images cannot be deleted; only the subscription\'s own (User) images can.');
      if (!subscription.vmImages[name]) throw errors.vmImageNotFound(name);
      return startOperation(world, request, 'vmImage.delete', { name });
    });
}
