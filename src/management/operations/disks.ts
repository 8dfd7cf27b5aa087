import { schemas } from '../../wire/index.ts';
import type { AddDiskInput, Disk, OperationOptions, UpdateDiskInput } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { invalidArgument, required } from '../validation.ts';

export interface DeleteDiskOptions extends OperationOptions {
  /** Also delete the VHD blob. Default false (the blob stays in the storage account). */
  readonly deleteVhd?: boolean;
}

/** Disks of the image repository. These calls complete synchronously; a disk attached to a VM cannot be deleted. */
export class DiskOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async list(options: OperationOptions = {}): Promise<Disk[]> {
    return this.#context.read(schemas.Disks, { path: '/services/disks' }, options);
  }

  async get(name: string, options: OperationOptions = {}): Promise<Disk> {
    return this.#context.read(schemas.Disk, { path: diskPath(name) }, options);
  }

  /** Registers a VHD blob as a disk: an OS disk when `os` is given, else a data disk. */
  async add(input: AddDiskInput, options: OperationOptions = {}): Promise<void> {
    required(input?.name, 'name');
    required(input.label, 'label');
    required(input.mediaLink, 'mediaLink');
    if (input.os !== undefined && input.os !== 'Linux' && input.os !== 'Windows') {
      throw invalidArgument(`os must be Linux or Windows (or omitted for a data disk), not '${input.os}'.`);
    }
    const { os, label, mediaLink, name } = input;
    return this.#context.run(
      { method: 'POST', path: '/services/disks', body: { schema: schemas.Disk, value: { os, label, mediaLink, name } } },
      options,
    );
  }

  /** Changes a disk's label (the only thing the service lets change). */
  async update(name: string, input: UpdateDiskInput, options: OperationOptions = {}): Promise<void> {
    required(input?.label, 'label');
    return this.#context.run(
      { method: 'PUT', path: diskPath(name), body: { schema: schemas.Disk, value: { label: input.label, name } } },
      options,
    );
  }

  async delete(name: string, options: DeleteDiskOptions = {}): Promise<void> {
    return this.#context.run(
      { method: 'DELETE', path: diskPath(name), ...(options.deleteVhd ? { query: [['comp', 'media']] as const } : {}) },
      options,
    );
  }
}

function diskPath(name: string): string {
  return path`/services/disks/${required(name, 'name')}`;
}
