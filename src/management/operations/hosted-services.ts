import { schemas } from '../../wire/index.ts';
import type {
  AsyncOperation,
  AvailabilityResponse,
  CreateHostedServiceInput,
  HostedService,
  OperationOptions,
  UpdateHostedServiceInput,
} from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { exactlyOnePlacement, required } from '../validation.ts';

export interface GetHostedServiceOptions extends OperationOptions {
  /** Include the deployments (and their role instances). Default false. */
  readonly embedDetail?: boolean;
}

export interface DeleteHostedServiceOptions extends OperationOptions {
  /** Also delete the OS and data disks and their VHD blobs. Default false. */
  readonly complete?: boolean;
}

/** Cloud services (hosted services). */
export class HostedServiceOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<HostedService[]> {
    return this.#context.read(schemas.HostedServices, { path: '/services/hostedservices' }, options);
  }

  async get(name: string, options: GetHostedServiceOptions = {}): Promise<HostedService> {
    return this.#context.read(
      schemas.HostedService,
      {
        path: path`/services/hostedservices/${required(name, 'name')}`,
        query: [['embed-detail', String(options.embedDetail ?? false)]],
      },
      options,
    );
  }

  async create(input: CreateHostedServiceInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.serviceName, 'serviceName');
    required(input.label, 'label');
    exactlyOnePlacement(input);
    return this.#context.submit(
      { method: 'POST', path: '/services/hostedservices', body: { schema: schemas.CreateHostedService, value: input } },
      options,
    );
  }

  async update(name: string, input: UpdateHostedServiceInput, options: OperationOptions = {}): Promise<void> {
    return this.#context.run(
      {
        method: 'PUT',
        path: path`/services/hostedservices/${required(name, 'name')}`,
        body: { schema: schemas.UpdateHostedService, value: input },
      },
      options,
    );
  }

  async delete(name: string, options: DeleteHostedServiceOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'DELETE',
        path: path`/services/hostedservices/${required(name, 'name')}`,
        ...(options.complete ? { query: [['comp', 'media']] as const } : {}),
      },
      options,
    );
  }

  async checkNameAvailability(name: string, options: OperationOptions = {}): Promise<AvailabilityResponse> {
    return this.#context.read(
      schemas.AvailabilityResponse,
      { path: path`/services/hostedservices/operations/isavailable/${required(name, 'name')}` },
      options,
    );
  }
}
