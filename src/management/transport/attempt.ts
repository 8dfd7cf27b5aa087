import type { Agent, DispatchController, DispatchHandler } from './undici-agent.ts';
import { MANAGEMENT_ERROR_CODES } from '../errors/error-codes.ts';
import { errorFromNetworkFailure } from '../errors/error-from-network-failure.ts';
import { ManagementError } from '../errors/management-error.ts';
import { abortedError } from './pause.ts';
import type { Target } from './target.ts';
import type { HttpMethod } from './transport-types.ts';

export interface AttemptInput {
  agent: Agent;
  url: Target;
  method: HttpMethod;
  headers: Record<string, string>;
  body: string | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  certificateThumbprint: string;
}

export interface AttemptResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP exchange, body included, bounded by the timeout and the caller's signal. The response is
 * collected by a dispatch handler straight into one buffer (no stream, no abort controller of our
 * own): answers are small XML documents read whole.
 */
export function attempt(input: AttemptInput): Promise<AttemptResult> {
  const { signal } = input;
  if (signal?.aborted) return Promise.reject(abortedError(signal.reason));
  return new Promise((resolve, reject) => {
    const exchange = new Exchange(input, resolve, reject);
    input.agent.dispatch(
      { origin: input.url.origin, path: input.url.path, method: input.method, headers: input.headers, body: input.body ?? null },
      exchange,
    );
  });
}

const utf8 = new TextDecoder();

/** Collects one response; settles once, whichever comes first: the end, a failure, the timeout, the caller's abort. */
class Exchange implements DispatchHandler {
  readonly #input: AttemptInput;
  readonly #resolve: (result: AttemptResult) => void;
  readonly #reject: (error: unknown) => void;
  readonly #timer: NodeJS.Timeout;
  readonly #onAbort: (() => void) | undefined;
  #controller: DispatchController | undefined;
  /** Why we stopped the exchange ourselves (timeout, caller's abort), before undici knew. */
  #stopped: ManagementError | Error | undefined;
  #settled = false;
  #status = 0;
  #headers: Record<string, string | string[]> = {};
  readonly #chunks: Buffer[] = [];

  constructor(input: AttemptInput, resolve: (result: AttemptResult) => void, reject: (error: unknown) => void) {
    this.#input = input;
    this.#resolve = resolve;
    this.#reject = reject;
    this.#timer = setTimeout(() => this.#stop(this.#timeoutError()), input.timeoutMs);
    const { signal } = input;
    if (signal !== undefined) {
      this.#onAbort = () => this.#stop(abortedError(signal.reason));
      signal.addEventListener('abort', this.#onAbort, { once: true });
    }
  }

  onRequestStart(controller: DispatchController): void {
    this.#controller = controller;
    if (this.#stopped !== undefined) controller.abort(this.#stopped);
  }

  onResponseStart(_controller: DispatchController, statusCode: number, headers: Record<string, string | string[]>): void {
    this.#status = statusCode;
    this.#headers = headers;
  }

  onResponseData(_controller: DispatchController, chunk: Buffer): void {
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    const body = utf8.decode(this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks));
    const result = { status: this.#status, headers: flattenHeaders(this.#headers), body };
    // Settled now (a timeout or an abort from here on changes nothing: the answer is in), delivered
    // later: undici frees a kept-alive connection one event-loop turn after the response ends (it
    // queues that turn right after this call returns); answering after that turn lets the caller's
    // next request reuse the connection instead of paying for a new handshake.
    this.#settle(() => process.nextTick(() => setImmediate(() => this.#resolve(result))));
  }

  onResponseError(_controller: DispatchController, error: Error): void {
    this.#settle(() => this.#reject(this.#stopped ?? errorFromNetworkFailure(error, { endpoint: this.#input.url.origin, certificateThumbprint: this.#input.certificateThumbprint })));
  }

  /** Stops the exchange for a reason of ours: settles now, and aborts the request when undici has started it. */
  #stop(reason: ManagementError | Error): void {
    if (this.#settled) return;
    this.#stopped = reason;
    this.#controller?.abort(reason);
    this.#settle(() => this.#reject(reason));
  }

  #settle(settle: () => void): void {
    if (this.#settled) return;
    this.#settled = true;
    clearTimeout(this.#timer);
    if (this.#onAbort !== undefined) this.#input.signal!.removeEventListener('abort', this.#onAbort);
    settle();
  }

  #timeoutError(): ManagementError {
    const { url, timeoutMs } = this.#input;
    return new ManagementError({
      code: MANAGEMENT_ERROR_CODES.RequestTimeout,
      message: `No complete response from ${url.origin} within ${timeoutMs} ms. The service may be slow: retry later or raise timeoutMs.`,
      isRetryable: true,
      details: { endpoint: url.origin, timeoutMs },
    });
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
