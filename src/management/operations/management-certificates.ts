import { schemas } from '../../wire/index.ts';
import type { AddManagementCertificateInput, ManagementCertificateInfo, OperationOptions } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { required } from '../validation.ts';

/** Management certificates of the subscription: these calls complete synchronously. */
export class ManagementCertificateOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<ManagementCertificateInfo[]> {
    return this.#context.read(schemas.SubscriptionCertificates, { path: '/certificates' }, options);
  }

  async get(thumbprint: string, options: OperationOptions = {}): Promise<ManagementCertificateInfo> {
    return this.#context.read(schemas.SubscriptionCertificate, { path: certificatePath(thumbprint) }, options);
  }

  /** Adds a certificate (base64 DER of the certificate and of its public key, and its thumbprint). */
  async add(input: AddManagementCertificateInput, options: OperationOptions = {}): Promise<void> {
    required(input?.subscriptionCertificateData, 'subscriptionCertificateData');
    required(input.subscriptionCertificateThumbprint, 'subscriptionCertificateThumbprint');
    required(input.subscriptionCertificatePublicKey, 'subscriptionCertificatePublicKey');
    return this.#context.run(
      { method: 'POST', path: '/certificates', body: { schema: schemas.SubscriptionCertificate, value: input } },
      options,
    );
  }

  /** Removes a certificate; calls made with it fail from then on (mind the one this client uses). */
  async delete(thumbprint: string, options: OperationOptions = {}): Promise<void> {
    return this.#context.run({ method: 'DELETE', path: certificatePath(thumbprint) }, options);
  }
}

function certificatePath(thumbprint: string): string {
  return path`/certificates/${required(thumbprint, 'thumbprint')}`;
}
