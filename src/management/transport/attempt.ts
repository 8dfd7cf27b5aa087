import type { Agent } from './undici-agent.ts';
import { MANAGEMENT_ERROR_CODES } from '../errors/error-codes.ts';
import { errorFromNetworkFailure } from '../errors/error-from-network-failure.ts';
import { ManagementError } from '../errors/management-error.ts';
import { abortedError } from './pause.ts';
import type { HttpMethod } from './transport-types.ts';

export interface AttemptInput {
  agent: Agent;
  url: URL;
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

/** One HTTP exchange, body included, bounded by the timeout and the caller's signal. */
export async function attempt(input: AttemptInput): Promise<AttemptResult> {
  const { url, signal, timeoutMs } = input;
  if (signal?.aborted) throw abortedError(signal.reason);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await input.agent.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: input.method,
      headers: input.headers,
      body: input.body,
      signal: controller.signal,
    });
    const body = await response.body.text();
    // undici frees a kept-alive socket one event-loop turn after the response ends; yielding that turn
    // lets the next request reuse the connection instead of paying for a second TLS handshake.
    await new Promise((resolve) => setImmediate(resolve));
    return { status: response.statusCode, headers: flattenHeaders(response.headers), body };
  } catch (error) {
    if (signal?.aborted) throw abortedError(signal.reason);
    if (timedOut) {
      throw new ManagementError({
        code: MANAGEMENT_ERROR_CODES.RequestTimeout,
        message: `No complete response from ${url.origin} within ${timeoutMs} ms. The service may be slow: retry later or raise timeoutMs.`,
        isRetryable: true,
        cause: error,
        details: { endpoint: url.origin, timeoutMs },
      });
    }
    throw errorFromNetworkFailure(error, { endpoint: url.origin, certificateThumbprint: input.certificateThumbprint });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
