import { schemas } from '../../wire/index.ts';
import type { AsyncOperation, OperationOptions } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { required } from '../validation.ts';

/** The DNS servers a deployment's VMs use, by name. */
export class DnsServerOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async add(service: string, deployment: string, name: string, address: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'POST',
        path: serversPath(service, deployment),
        body: { schema: schemas.DnsServer, value: { name: required(name, 'name'), address: required(address, 'address') } },
      },
      options,
    );
  }

  async update(service: string, deployment: string, name: string, address: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'PUT',
        path: serverPath(service, deployment, name),
        body: { schema: schemas.DnsServer, value: { name, address: required(address, 'address') } },
      },
      options,
    );
  }

  async delete(service: string, deployment: string, name: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit({ method: 'DELETE', path: serverPath(service, deployment, name) }, options);
  }
}

function serversPath(service: string, deployment: string): string {
  return path`/services/hostedservices/${required(service, 'service')}/deployments/${required(deployment, 'deployment')}/dnsservers`;
}

function serverPath(service: string, deployment: string, name: string): string {
  return `${serversPath(service, deployment)}${path`/${required(name, 'name')}`}`;
}
