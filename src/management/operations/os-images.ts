import { schemas } from '../../wire/index.ts';
import type { AddOSImageInput, AsyncOperation, OperationOptions, OSImage, OSImageDetails, UpdateOSImageInput } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { invalidArgument, required } from '../validation.ts';

export interface DeleteImageOptions extends OperationOptions {
  /** Also delete the VHD blob(s). Default false. */
  readonly deleteVhd?: boolean;
}

/** OS images of the image repository (platform and user images). */
export class OSImageOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<OSImage[]> {
    return this.#context.read(schemas.Images, { path: '/services/images' }, options);
  }

  async get(name: string, options: OperationOptions = {}): Promise<OSImage> {
    return this.#context.read(schemas.OSImage, { path: imagePath(name) }, options);
  }

  async getDetails(name: string, options: OperationOptions = {}): Promise<OSImageDetails> {
    return this.#context.read(schemas.OSImageDetails, { path: `${imagePath(name)}/details` }, options);
  }

  async add(input: AddOSImageInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.name, 'name');
    required(input.label, 'label');
    required(input.mediaLink, 'mediaLink');
    if (input.os !== 'Linux' && input.os !== 'Windows') throw invalidArgument(`os must be Linux or Windows, not '${input.os}'.`);
    const { label, mediaLink, name, os } = input;
    return this.#context.submit(
      { method: 'POST', path: '/services/images', body: { schema: schemas.OSImage, value: { label, mediaLink, name, os } } },
      options,
    );
  }

  async update(name: string, input: UpdateOSImageInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.label, 'label');
    return this.#context.submit(
      { method: 'PUT', path: imagePath(name), body: { schema: schemas.OSImage, value: input } },
      options,
    );
  }

  async delete(name: string, options: DeleteImageOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      { method: 'DELETE', path: imagePath(name), ...(options.deleteVhd ? { query: [['comp', 'media']] as const } : {}) },
      options,
    );
  }
}

function imagePath(name: string): string {
  return path`/services/images/${required(name, 'name')}`;
}
