import { decode, encode, isWireError, type DocumentSchema } from '../wire/index.ts';
import { ManagementError, MANAGEMENT_ERROR_CODES } from './errors/index.ts';
import type { AsyncOperation, OperationOptions } from './models/index.ts';
import { encodePathSegment, type TransportRequest, type TransportResponse } from './transport/index.ts';

/** What the operation groups need from the transport (the real one, or a scripted one in unit tests). */
export interface Sender {
  send(request: TransportRequest): Promise<TransportResponse>;
}

export interface CallSpec {
  readonly method: TransportRequest['method'];
  readonly path: string;
  readonly query?: ReadonlyArray<readonly [string, string]>;
  /** The request document and its value (camelCase), encoded in schema order. */
  readonly body?: { readonly schema: DocumentSchema; readonly value: unknown };
  readonly xmsVersion?: string;
  /** Whether the service treats a repeat of this request as harmless (allows retries). */
  readonly idempotent?: boolean;
}

/** Builds a subscription-relative path, percent-encoding each interpolated segment. */
export function path(strings: TemplateStringsArray, ...segments: Array<string | number>): string {
  return strings.reduce((out, part, index) => {
    const segment = segments[index - 1];
    return out + (segment === undefined ? '' : encodePathSegment(String(segment))) + part;
  });
}

/** Shared plumbing of the operation groups: encode, send, decode, map failures. */
export class RequestContext {
  readonly #sender: Sender;

  constructor(sender: Sender) {
    this.#sender = sender;
  }

  /** Sends a request and decodes its XML answer with `schema`. */
  async read<T>(schema: DocumentSchema, spec: Omit<CallSpec, 'method'> & { method?: CallSpec['method'] }, options: OperationOptions = {}): Promise<T> {
    const response = await this.send({ method: 'GET', ...spec }, options);
    try {
      return decode<T>(schema, response.body);
    } catch (error) {
      if (!isWireError(error)) throw error;
      throw new ManagementError({
        code: MANAGEMENT_ERROR_CODES.MalformedResponse,
        message: `The service answered with a document that could not be read: ${error.message}`,
        statusCode: response.status,
        ...(response.requestId === undefined ? {} : { requestId: response.requestId }),
        cause: error,
      });
    }
  }

  /** Sends a request whose answer carries nothing but success. */
  async run(spec: CallSpec, options: OperationOptions = {}): Promise<void> {
    await this.send(spec, options);
  }

  /** Sends a request the service runs asynchronously and returns its operation's request id. */
  async submit(spec: CallSpec, options: OperationOptions = {}): Promise<AsyncOperation> {
    const response = await this.send(spec, options);
    if (response.requestId === undefined || response.requestId === '') {
      throw new ManagementError({
        code: MANAGEMENT_ERROR_CODES.MalformedResponse,
        message: 'The service accepted the request but returned no x-ms-request-id to follow the operation.',
        statusCode: response.status,
      });
    }
    return { requestId: response.requestId };
  }

  async send(spec: CallSpec, options: OperationOptions): Promise<TransportResponse> {
    const request: TransportRequest = {
      method: spec.method,
      path: spec.path,
      ...(spec.query === undefined ? {} : { query: spec.query }),
      ...(spec.body === undefined ? {} : { body: encode(spec.body.schema, spec.body.value) }),
      ...(spec.xmsVersion === undefined ? {} : { xmsVersion: spec.xmsVersion }),
      ...(spec.idempotent === undefined ? {} : { idempotent: spec.idempotent }),
      ...(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    };
    return this.#sender.send(request);
  }
}
