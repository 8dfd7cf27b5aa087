import { schemas } from '../../wire/index.ts';
import type { AffinityGroup, CreateAffinityGroupInput, OperationOptions, UpdateAffinityGroupInput } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { required } from '../validation.ts';

/** Affinity groups: these calls complete synchronously. */
export class AffinityGroupOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<AffinityGroup[]> {
    return this.#context.read(schemas.AffinityGroups, { path: '/affinitygroups' }, options);
  }

  async get(name: string, options: OperationOptions = {}): Promise<AffinityGroup> {
    return this.#context.read(schemas.AffinityGroup, { path: groupPath(name) }, options);
  }

  async create(input: CreateAffinityGroupInput, options: OperationOptions = {}): Promise<void> {
    required(input.name, 'name');
    required(input.label, 'label');
    required(input.location, 'location');
    return this.#context.run(
      { method: 'POST', path: '/affinitygroups', body: { schema: schemas.CreateAffinityGroup, value: input } },
      options,
    );
  }

  async update(name: string, input: UpdateAffinityGroupInput, options: OperationOptions = {}): Promise<void> {
    required(input.label, 'label');
    return this.#context.run(
      { method: 'PUT', path: groupPath(name), body: { schema: schemas.UpdateAffinityGroup, value: input } },
      options,
    );
  }

  async delete(name: string, options: OperationOptions = {}): Promise<void> {
    return this.#context.run({ method: 'DELETE', path: groupPath(name) }, options);
  }
}

function groupPath(name: string): string {
  return path`/affinitygroups/${required(name, 'name')}`;
}
