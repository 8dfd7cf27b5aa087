import { schemas } from '../../wire/index.ts';
import type { AddServiceCertificateInput, AsyncOperation, OperationOptions, ServiceCertificate } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { invalidArgument, required } from '../validation.ts';

/**
 * Certificates of a cloud service: what its roles (and VMs, e.g. SSH public keys) can use.
 * A certificate is named by its thumbprint algorithm and thumbprint (`sha1`, upper-case hex).
 */
export class ServiceCertificateOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(service: string, options: OperationOptions = {}): Promise<ServiceCertificate[]> {
    return this.#context.read(schemas.Certificates, { path: `${certificatesPath(service)}` }, options);
  }

  /** Reads one certificate; the service answers with its `data` only. */
  async get(service: string, thumbprintAlgorithm: string, thumbprint: string, options: OperationOptions = {}): Promise<ServiceCertificate> {
    return this.#context.read(schemas.Certificate, { path: certificatePath(service, thumbprintAlgorithm, thumbprint) }, options);
  }

  async add(service: string, input: AddServiceCertificateInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.data, 'data');
    if (input.certificateFormat !== 'pfx' && input.certificateFormat !== 'cer') {
      throw invalidArgument(`certificateFormat must be pfx or cer, not '${input.certificateFormat}'.`);
    }
    return this.#context.submit(
      {
        method: 'POST',
        path: certificatesPath(service),
        body: { schema: schemas.CertificateFile, value: { password: '', ...input } },
      },
      options,
    );
  }

  async delete(service: string, thumbprintAlgorithm: string, thumbprint: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit({ method: 'DELETE', path: certificatePath(service, thumbprintAlgorithm, thumbprint) }, options);
  }
}

function certificatesPath(service: string): string {
  return path`/services/hostedservices/${required(service, 'service')}/certificates`;
}

function certificatePath(service: string, algorithm: string, thumbprint: string): string {
  return `${certificatesPath(service)}${path`/${`${required(algorithm, 'thumbprintAlgorithm')}-${required(thumbprint, 'thumbprint')}`}`}`;
}
