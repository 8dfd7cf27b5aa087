import { schemas } from '../../wire/index.ts';
import type { Location, OperationOptions, RoleSize, Subscription } from '../models/index.ts';
import type { RequestContext } from '../request-context.ts';

export class SubscriptionOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  /** Get Subscription: quotas and current usage. */
  async get(options: OperationOptions = {}): Promise<Subscription> {
    return this.#context.read(schemas.Subscription, { path: '' }, options);
  }

  async listRoleSizes(options: OperationOptions = {}): Promise<RoleSize[]> {
    return this.#context.read(schemas.RoleSizes, { path: '/rolesizes' }, options);
  }
}

export class LocationOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<Location[]> {
    return this.#context.read(schemas.Locations, { path: '/locations' }, options);
  }
}
