import { schemas } from '../../wire/index.ts';
import type { OperationOptions, OperationStatus, OperationStatusValue, WaitOptions } from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { required } from '../validation.ts';
import { waitForOperation } from '../lro/index.ts';

interface WireOperation {
  id?: string;
  status?: string;
  httpStatusCode?: number;
  error?: { code?: string; message?: string };
}

const STATUSES: readonly string[] = ['InProgress', 'Succeeded', 'Failed'] satisfies OperationStatusValue[];

/** Status of the operations the service runs asynchronously. */
export class OperationStatusOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  /** Reads an operation's status once. */
  async get(requestId: string, options: OperationOptions = {}): Promise<OperationStatus> {
    const wire = await this.#context.read<WireOperation>(
      schemas.Operation,
      { path: path`/operations/${required(requestId, 'requestId')}` },
      options,
    );
    const status = STATUSES.includes(wire.status ?? '') ? (wire.status as OperationStatusValue) : 'InProgress';
    return {
      id: wire.id ?? requestId,
      status,
      ...(wire.httpStatusCode === undefined ? {} : { httpStatusCode: wire.httpStatusCode }),
      ...(wire.error === undefined ? {} : { error: { code: wire.error.code ?? '', message: wire.error.message ?? '' } }),
    };
  }

  /**
   * Polls until the operation succeeds (resolves with its final status), fails (rejects with a
   * ManagementError carrying the operation's error) or the deadline passes (rejects with
   * `OperationTimeout`).
   */
  async wait(requestId: string, options: WaitOptions = {}): Promise<OperationStatus> {
    return waitForOperation(requestId, (signal) => this.get(requestId, signal ? { abortSignal: signal } : {}), options);
  }
}
