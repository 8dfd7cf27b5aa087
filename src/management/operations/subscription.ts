import { schemas } from '../../wire/index.ts';
import type {
  ListSubscriptionOperationsFilter,
  Location,
  OperationOptions,
  RoleSize,
  Subscription,
  SubscriptionOperationPage,
} from '../models/index.ts';
import type { RequestContext } from '../request-context.ts';
import { invalidArgument, required } from '../validation.ts';

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

  /**
   * List Subscription Operations: the subscription's operation log in a time window, one page at
   * a time; pass `continuationToken` from a page to get the next.
   */
  async listOperations(filter: ListSubscriptionOperationsFilter, options: OperationOptions = {}): Promise<SubscriptionOperationPage> {
    required(filter?.startTime, 'startTime');
    required(filter.endTime, 'endTime');
    const result = filter.operationResultFilter;
    if (result !== undefined && !['Succeeded', 'Failed', 'InProgress'].includes(result)) {
      throw invalidArgument(`operationResultFilter must be Succeeded, Failed or InProgress, not '${result}'.`);
    }
    // The service's own client sends only the non-empty parameters, in this order.
    const parameters: ReadonlyArray<readonly [string, string | undefined]> = [
      ['StartTime', filter.startTime],
      ['EndTime', filter.endTime],
      ['ObjectIdFilter', filter.objectIdFilter],
      ['OperationResultFilter', filter.operationResultFilter],
      ['ContinuationToken', filter.continuationToken],
    ];
    const query = parameters.filter((entry): entry is readonly [string, string] => entry[1] !== undefined && entry[1] !== '');
    const page = await this.#context.read<Partial<SubscriptionOperationPage>>(
      schemas.SubscriptionOperationCollection,
      { path: '/operations', query },
      options,
    );
    return {
      subscriptionOperations: page.subscriptionOperations ?? [],
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  }

  /**
   * Registers a resource provider (e.g. `mobileservice`, `website`) with the subscription, as
   * classic tools do before creating resources of that kind.
   */
  async registerResourceProvider(service: string, options: OperationOptions = {}): Promise<void> {
    return this.#providerAction(service, 'register', options);
  }

  async unregisterResourceProvider(service: string, options: OperationOptions = {}): Promise<void> {
    return this.#providerAction(service, 'unregister', options);
  }

  async #providerAction(service: string, action: 'register' | 'unregister', options: OperationOptions): Promise<void> {
    return this.#context.run(
      { method: 'PUT', path: '/services', query: [['service', required(service, 'service')], ['action', action]] },
      options,
    );
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
