import { schemas } from '../../wire/index.ts';
import type {
  AsyncOperation,
  AvailabilityResponse,
  CreateStorageAccountInput,
  OperationOptions,
  StorageService,
  UpdateStorageAccountInput,
} from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { exactlyOnePlacement, invalidArgument, required } from '../validation.ts';

export type StorageKeyType = 'Primary' | 'Secondary';

export class StorageAccountOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<StorageService[]> {
    return this.#context.read(schemas.StorageServices, { path: '/services/storageservices' }, options);
  }

  async get(name: string, options: OperationOptions = {}): Promise<StorageService> {
    return this.#context.read(schemas.StorageService, { path: accountPath(name) }, options);
  }

  async getKeys(name: string, options: OperationOptions = {}): Promise<StorageService> {
    return this.#context.read(schemas.StorageService, { path: `${accountPath(name)}/keys` }, options);
  }

  async regenerateKeys(name: string, keyType: StorageKeyType, options: OperationOptions = {}): Promise<StorageService> {
    if (keyType !== 'Primary' && keyType !== 'Secondary') throw invalidArgument(`keyType must be Primary or Secondary, not '${keyType}'.`);
    return this.#context.read(
      schemas.StorageService,
      {
        method: 'POST',
        path: `${accountPath(name)}/keys`,
        query: [['action', 'regenerate']],
        body: { schema: schemas.RegenerateKeys, value: { keyType } },
      },
      options,
    );
  }

  /** Creates a storage account; `accountType` defaults to `Standard_GRS`, as the service does. */
  async create(input: CreateStorageAccountInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.serviceName, 'serviceName');
    required(input.label, 'label');
    exactlyOnePlacement(input);
    return this.#context.submit(
      {
        method: 'POST',
        path: '/services/storageservices',
        body: { schema: schemas.CreateStorageServiceInput, value: { accountType: 'Standard_GRS', ...input } },
      },
      options,
    );
  }

  async update(name: string, input: UpdateStorageAccountInput, options: OperationOptions = {}): Promise<void> {
    return this.#context.run(
      { method: 'PUT', path: accountPath(name), body: { schema: schemas.UpdateStorageServiceInput, value: input } },
      options,
    );
  }

  async delete(name: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit({ method: 'DELETE', path: accountPath(name) }, options);
  }

  async checkNameAvailability(name: string, options: OperationOptions = {}): Promise<AvailabilityResponse> {
    return this.#context.read(
      schemas.AvailabilityResponse,
      { path: path`/services/storageservices/operations/isavailable/${required(name, 'name')}` },
      options,
    );
  }
}

function accountPath(name: string): string {
  return path`/services/storageservices/${required(name, 'name')}`;
}
