import { schemas } from '../../wire/index.ts';
import type { OperatingSystem, OperatingSystemFamily, OperationOptions } from '../models/index.ts';
import type { RequestContext } from '../request-context.ts';

/** Guest operating systems of cloud service roles. */
export class OperatingSystemOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<OperatingSystem[]> {
    return this.#context.read(schemas.OperatingSystems, { path: '/operatingsystems' }, options);
  }

  async listFamilies(options: OperationOptions = {}): Promise<OperatingSystemFamily[]> {
    return this.#context.read(schemas.OperatingSystemFamilies, { path: '/operatingsystemfamilies' }, options);
  }
}
