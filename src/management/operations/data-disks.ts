import { schemas } from '../../wire/index.ts';
import type { AddDataDiskInput, AsyncOperation, DataVirtualHardDisk, OperationOptions, UpdateDataDiskInput } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { invalidArgument, required } from '../validation.ts';

export interface DeleteDataDiskOptions extends OperationOptions {
  /** Also delete the disk and its VHD blob; by default the disk goes back to the repository, free. */
  readonly deleteVhd?: boolean;
}

/** Data disks attached to a VM role, by logical unit number (LUN; the role size sets how many). */
export class DataDiskOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  /** The disk at a LUN. The service omits `<Lun>` for LUN 0; `lun` is then filled in. */
  async get(service: string, deployment: string, role: string, lun: number, options: OperationOptions = {}): Promise<DataVirtualHardDisk> {
    const disk = await this.#context.read<DataVirtualHardDisk>(schemas.DataVirtualHardDisk, { path: lunPath(service, deployment, role, lun) }, options);
    return { ...disk, lun: disk.lun ?? lun };
  }

  /** Attaches a disk: an existing free disk (`diskName`), a new empty one (`mediaLink`, size) or a copy of a VHD (`sourceMediaLink`). */
  async add(service: string, deployment: string, role: string, input: AddDataDiskInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    checkLun(input?.lun, 'lun');
    if (!input.diskName && !input.mediaLink && !input.sourceMediaLink) {
      throw invalidArgument('Give diskName (an existing disk), mediaLink with logicalDiskSizeInGB (a new disk), or sourceMediaLink (a copy of a VHD).');
    }
    const { hostCaching, diskLabel, diskName, lun, logicalDiskSizeInGB, mediaLink, sourceMediaLink } = input;
    return this.#context.submit(
      {
        method: 'POST',
        path: `${rolePath(service, deployment, role)}/DataDisks`,
        body: { schema: schemas.DataVirtualHardDisk, value: { hostCaching, diskLabel, diskName, lun, logicalDiskSizeInGB, mediaLink, sourceMediaLink } },
      },
      options,
    );
  }

  async update(service: string, deployment: string, role: string, lun: number, input: UpdateDataDiskInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    if (input?.updatedLun !== undefined) checkLun(input.updatedLun, 'updatedLun');
    const { hostCaching, diskLabel, diskName, updatedLun, logicalDiskSizeInGB, mediaLink } = input;
    return this.#context.submit(
      {
        method: 'PUT',
        path: lunPath(service, deployment, role, lun),
        body: {
          schema: schemas.DataVirtualHardDisk,
          value: { hostCaching, diskLabel, diskName, lun: updatedLun ?? lun, logicalDiskSizeInGB, mediaLink },
        },
      },
      options,
    );
  }

  async delete(service: string, deployment: string, role: string, lun: number, options: DeleteDataDiskOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'DELETE',
        path: lunPath(service, deployment, role, lun),
        ...(options.deleteVhd ? { query: [['comp', 'media']] as const } : {}),
      },
      options,
    );
  }
}

function checkLun(lun: number | undefined, name: string): number {
  if (!Number.isInteger(lun) || (lun as number) < 0 || (lun as number) > 63) throw invalidArgument(`${name} must be an integer from 0 to 63.`);
  return lun as number;
}

function rolePath(service: string, deployment: string, role: string): string {
  return path`/services/hostedservices/${required(service, 'service')}/deployments/${required(deployment, 'deployment')}/roles/${required(role, 'role')}`;
}

function lunPath(service: string, deployment: string, role: string, lun: number): string {
  return `${rolePath(service, deployment, role)}${path`/DataDisks/${checkLun(lun, 'lun')}`}`;
}
