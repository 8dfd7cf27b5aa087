import { errors } from '../errors/index.ts';
import type { FaultSettings } from '../server/faults.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import type { AdminApi } from './admin-service.ts';

function json<T>(request: RouteRequest): T {
  if (request.body.trim() === '') return {} as T;
  try {
    return JSON.parse(request.body) as T;
  } catch {
    throw errors.badRequest('The admin request body must be JSON.');
  }
}

const reply = (status: number, value: unknown): HandlerResult => ({ status, body: { json: value } });

/** `/_emulator/...`: JSON in, JSON out; only for the admin (demo) management certificate. See docs/emulator.md. */
export function registerAdminRoutes(router: Router<EmulatorWorld>, admin: AdminApi): void {
  router
    .add('GET', '/status', () => reply(200, admin.status()))
    .add('POST', '/subscriptions', (request) => reply(201, admin.registerSubscription(json(request))))
    .add('POST', '/subscriptions/:id/certificates', (request) => {
      const { certificate } = json<{ certificate?: string }>(request);
      if (!certificate) throw errors.badRequest("The body must be { \"certificate\": \"<PEM or base64 DER>\" }.");
      return reply(201, admin.addCertificate(request.params['id'] ?? '', certificate));
    })
    .add('DELETE', '/subscriptions/:id/certificates/:thumbprint', (request) => {
      admin.removeCertificate(request.params['id'] ?? '', request.params['thumbprint'] ?? '');
      return reply(200, {});
    })
    .add('GET', '/faults', () => reply(200, admin.status().faults))
    .add('PUT', '/faults', (request) => {
      admin.setFaults(json<FaultSettings>(request));
      return reply(200, admin.status().faults);
    })
    .add('DELETE', '/faults', () => {
      admin.clearFaults();
      return reply(200, {});
    })
    .add('POST', '/operations/complete', () => reply(200, { completed: admin.completePendingOperations() }))
    .add('POST', '/operations/fail-next', (request) => {
      admin.failNextOperation(json(request));
      return reply(200, {});
    })
    .add('PUT', '/settings', (request) => {
      const { operationDelayMs } = json<{ operationDelayMs?: number }>(request);
      if (operationDelayMs !== undefined) admin.setOperationDelay(operationDelayMs);
      return reply(200, { operationDelayMs: admin.status().operationDelayMs });
    });
}
