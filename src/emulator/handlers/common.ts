import { decode, isWireError, type DocumentSchema } from '../../wire/index.ts';
import { errors } from '../errors/index.ts';
import type { HostedServiceRecord, SubscriptionRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { EmulatorWorld } from '../server/world.ts';

export function subscriptionOf(world: EmulatorWorld, request: RouteRequest): SubscriptionRecord {
  const subscription = world.state.subscriptions[request.subscriptionId];
  if (!subscription) throw errors.forbidden();
  return subscription;
}

/** Strict decoding, as the service's DataContract deserializer: any mismatch is a 400 naming the element. */
export function decodeBody<T>(schema: DocumentSchema, request: RouteRequest): T {
  try {
    return decode<T>(schema, request.body, { strict: true });
  } catch (error) {
    if (isWireError(error)) {
      const where = error.element ? ` (at ${error.element})` : '';
      throw errors.badRequest(`The request body is not a valid '${schema.root}' document${where}: ${error.message}`);
    }
    throw error;
  }
}

export function required<T>(value: T | undefined | null, element: string): T {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw errors.badRequest(`The value for the '${element}' element is required.`);
  }
  return value;
}

export function hostedServiceOf(subscription: SubscriptionRecord, name: string | undefined): HostedServiceRecord {
  const service = name ? subscription.hostedServices[name.toLowerCase()] : undefined;
  if (!service) throw errors.hostedServiceNotFound();
  return service;
}

export function flag(request: RouteRequest, name: string): boolean {
  return (request.query.get(name) ?? '').toLowerCase() === 'true';
}

export const ok = (body?: HandlerResult['body']): HandlerResult => (body ? { status: 200, body } : { status: 200 });
export const accepted = (): HandlerResult => ({ status: 202, operation: 'async' });

/** Starts an asynchronous operation for this request and answers 202 Accepted. */
export function startOperation(world: EmulatorWorld, request: RouteRequest, kind: string, params: Record<string, unknown>): HandlerResult {
  world.engine.begin(request.subscriptionId, request.requestId, kind, params);
  return accepted();
}

/** Merges extended properties as the service does: existing names updated in place, new ones appended. */
export function mergeProperties(current: Record<string, string>, update: Record<string, string> | undefined): Record<string, string> {
  return { ...current, ...(update ?? {}) };
}
