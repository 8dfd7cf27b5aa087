import { errors } from '../errors/index.ts';
import { normalizeRequestId, requestIdAsGuid } from '../operations/index.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { ok } from './common.ts';

export function registerOperationRoutes(router: Router<EmulatorWorld>): void {
  router.add('GET', '/operations/:id', (request, world) => {
    const id = normalizeRequestId(request.params['id'] ?? '');
    const operation = id ? world.state.operations[id] : undefined;
    if (!operation || operation.subscriptionId !== request.subscriptionId) throw errors.operationNotFound();
    return ok({
      schema: schemas.Operation,
      value: {
        id: requestIdAsGuid(operation.id),
        status: operation.status,
        httpStatusCode: operation.status === 'InProgress' ? undefined : operation.httpStatusCode,
        error: operation.error,
      },
    });
  });
}
