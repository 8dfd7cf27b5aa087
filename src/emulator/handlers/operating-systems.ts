import { OPERATING_SYSTEMS, OPERATING_SYSTEM_FAMILIES } from '../catalog/index.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { ok } from './common.ts';

export function registerOperatingSystemRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/operatingsystems', () => ok({ schema: schemas.OperatingSystems, value: OPERATING_SYSTEMS }))
    .add('GET', '/operatingsystemfamilies', () =>
      ok({ schema: schemas.OperatingSystemFamilies, value: OPERATING_SYSTEM_FAMILIES }),
    );
}
