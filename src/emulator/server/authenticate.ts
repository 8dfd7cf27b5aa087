import { errors } from '../errors/index.ts';
import type { RequestContext } from './request-context.ts';
import type { EmulatorWorld } from './world.ts';

/** The client certificate must be registered as a management certificate of the subscription in the path. */
export function authenticate(world: EmulatorWorld, context: RequestContext, subscriptionId: string | undefined): string {
  const thumbprint = context.clientThumbprint;
  const subscription = subscriptionId ? world.state.subscriptions[subscriptionId.toLowerCase()] : undefined;
  if (!thumbprint || !subscription || !subscription.certificates[thumbprint]) throw errors.forbidden();
  return subscription.id;
}

export function authenticateAdmin(world: EmulatorWorld, context: RequestContext): void {
  if (!context.clientThumbprint || !world.adminThumbprints.has(context.clientThumbprint)) throw errors.forbidden();
}
