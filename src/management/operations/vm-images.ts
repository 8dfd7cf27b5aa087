import { schemas } from '../../wire/index.ts';
import type { AsyncOperation, CaptureVMImageInput, ListVMImagesOptions, OperationOptions, VMImage } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { required } from '../validation.ts';
import type { DeleteImageOptions } from './os-images.ts';

/** VM images: captured or published images that carry OS and data disk configurations. */
export class VMImageOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(filter: ListVMImagesOptions & OperationOptions = {}): Promise<VMImage[]> {
    const query: Array<readonly [string, string]> = [];
    if (filter.location) query.push(['location', filter.location]);
    if (filter.publisher) query.push(['publisher', filter.publisher]);
    if (filter.category) query.push(['category', filter.category]);
    return this.#context.read(schemas.VMImages, { path: '/services/vmimages', query }, filter);
  }

  async delete(name: string, options: DeleteImageOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'DELETE',
        path: path`/services/vmimages/${required(name, 'name')}`,
        ...(options.deleteVhd ? { query: [['comp', 'media']] as const } : {}),
      },
      options,
    );
  }

  /** Captures a VM as a VM image (its OS and data disks). */
  async capture(service: string, deployment: string, role: string, input: CaptureVMImageInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.vmImageName, 'vmImageName');
    required(input.vmImageLabel, 'vmImageLabel');
    required(input.osState, 'osState');
    return this.#context.submit(
      {
        method: 'POST',
        path: path`/services/hostedservices/${required(service, 'service')}/deployments/${required(deployment, 'deployment')}/roleinstances/${required(role, 'role')}/Operations`,
        body: {
          schema: schemas.CaptureRoleAsVMImageOperation,
          value: { operationType: 'CaptureRoleAsVMImageOperation', ...input },
        },
      },
      options,
    );
  }
}
