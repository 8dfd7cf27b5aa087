import { schemas } from '../../wire/index.ts';
import type { OperationOptions, VirtualNetworkSite } from '../models/index.ts';
import type { RequestContext } from '../request-context.ts';

/** Virtual networks of the subscription (defined by its network configuration). */
export class VirtualNetworkOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async listSites(options: OperationOptions = {}): Promise<VirtualNetworkSite[]> {
    return this.#context.read(schemas.VirtualNetworkSites, { path: '/services/networking/virtualnetwork' }, options);
  }
}
