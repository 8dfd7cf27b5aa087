import { schemas } from '../../wire/index.ts';
import type { AsyncOperation, CreateReservedIPInput, OperationOptions, ReservedIP, ReservedIPAssociationInput } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { required } from '../validation.ts';

/** The service takes (dis)association only from this version on. */
const ASSOCIATION_VERSION = '2015-02-01';

/** Reserved IP addresses: static public IPs a cloud service deployment can use. */
export class ReservedIPOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<ReservedIP[]> {
    return this.#context.read(schemas.ReservedIPs, { path: RESERVED_IPS }, options);
  }

  async get(name: string, options: OperationOptions = {}): Promise<ReservedIP> {
    return this.#context.read(schemas.ReservedIP, { path: reservedIPPath(name) }, options);
  }

  async create(input: CreateReservedIPInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input?.name, 'name');
    required(input.location, 'location');
    const { name, label, location } = input;
    return this.#context.submit(
      { method: 'POST', path: RESERVED_IPS, body: { schema: schemas.ReservedIP, value: { name, label, location } } },
      options,
    );
  }

  /** Releases the address; a reserved IP in use by a deployment must be disassociated first. */
  async delete(name: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit({ method: 'DELETE', path: reservedIPPath(name) }, options);
  }

  /** Gives a running deployment this address as its virtual IP. */
  async associate(name: string, input: ReservedIPAssociationInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#association(name, 'associate', input, options);
  }

  async disassociate(name: string, input: ReservedIPAssociationInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#association(name, 'disassociate', input, options);
  }

  async #association(name: string, action: string, input: ReservedIPAssociationInput, options: OperationOptions): Promise<AsyncOperation> {
    required(input?.serviceName, 'serviceName');
    required(input.deploymentName, 'deploymentName');
    const { serviceName, deploymentName, virtualIPName } = input;
    return this.#context.submit(
      {
        method: 'POST',
        path: `${reservedIPPath(name)}/operations/${action}`,
        body: { schema: schemas.ReservedIPAssociation, value: { serviceName, deploymentName, virtualIPName } },
        xmsVersion: ASSOCIATION_VERSION,
      },
      options,
    );
  }
}

const RESERVED_IPS = '/services/networking/reservedips';

function reservedIPPath(name: string): string {
  return `${RESERVED_IPS}${path`/${required(name, 'name')}`}`;
}
