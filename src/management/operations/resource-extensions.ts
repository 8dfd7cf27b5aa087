import { schemas } from '../../wire/index.ts';
import type { OperationOptions, ResourceExtension } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { required } from '../validation.ts';

/** The VM extensions publishers offer (what a role's resource extension references name). */
export class ResourceExtensionOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  /** Every extension, at its latest version. */
  async list(options: OperationOptions = {}): Promise<ResourceExtension[]> {
    return this.#context.read(schemas.ResourceExtensions, { path: '/services/resourceextensions' }, options);
  }

  /** Every version of one extension. */
  async listVersions(publisher: string, name: string, options: OperationOptions = {}): Promise<ResourceExtension[]> {
    return this.#context.read(
      schemas.ResourceExtensions,
      { path: path`/services/resourceextensions/${required(publisher, 'publisher')}/${required(name, 'name')}` },
      options,
    );
  }
}
