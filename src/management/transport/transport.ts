import { Agent } from './undici-agent.ts';
import { MANAGEMENT_ERROR_CODES } from '../errors/error-codes.ts';
import { clientCertificateRejected } from '../errors/error-from-network-failure.ts';
import { errorFromResponse } from '../errors/error-from-response.ts';
import { isManagementError, ManagementError } from '../errors/management-error.ts';
import { attempt, type AttemptResult } from './attempt.ts';
import { encodeQuery } from './encode.ts';
import { pause } from './pause.ts';
import { serverRefusesClientCertificate } from './probe-client-certificate.ts';
import { parseRetryAfter, retryDelay } from './retry-policy.ts';
import { DEFAULT_X_MS_VERSION, positive, resolveTransportConfig, type TransportConfig } from './transport-config.ts';
import { target, type Target } from './target.ts';
import type { TransportOptions, TransportRequest, TransportResponse } from './transport-types.ts';

const MAX_REDIRECTS = 5;
const CONTENT_TYPE = 'application/atom+xml;type=entry;charset=utf-8';
const METHODS: ReadonlySet<string> = new Set(['GET', 'PUT', 'POST', 'DELETE']);
const PROBE_WINDOW_MS = 1000;

/**
 * Sends Service Management requests over one keep-alive, client-certificate connection pool:
 * follows 307 redirects, retries idempotent requests with backoff, and maps every failure to a ManagementError.
 */
export class Transport {
  readonly #config: TransportConfig;
  readonly #agent: Agent;
  /** Origins known to accept the client certificate (they answered, or a probe said so). */
  readonly #acceptingOrigins = new Set<string>();
  #closed = false;

  constructor(options: TransportOptions) {
    this.#config = resolveTransportConfig(options);
    this.#agent = new Agent({
      connect: {
        cert: this.#config.certificatePem,
        key: this.#config.privateKeyPem,
        ...(this.#config.ca === undefined ? {} : { ca: this.#config.ca }),
        rejectUnauthorized: true,
      },
      keepAliveTimeout: 30_000,
      // The per-attempt timer in `attempt` bounds headers and body together.
      headersTimeout: 0,
      bodyTimeout: 0,
    });
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    const { method, abortSignal: signal } = request;
    validateRequest(request);
    const idempotent = request.idempotent ?? method !== 'POST';
    const timeoutMs = positive('timeoutMs', request.timeoutMs, this.#config.timeoutMs);
    const headers = this.#headers(request);
    const body = request.body ?? (method === 'GET' ? undefined : ''); // an empty POST still needs Content-Length: 0
    let url = target(this.#config.baseUrl + request.path + (request.query?.length ? `?${encodeQuery(request.query)}` : ''));
    let retries = 0;
    let redirects = 0;
    for (;;) {
      if (this.#closed) throw closedError();
      let result: AttemptResult | undefined;
      let failure: ManagementError;
      let retryAfterMs: number | undefined;
      try {
        result = await attempt({ agent: this.#agent, url, method, headers, body, timeoutMs, signal, certificateThumbprint: this.#config.thumbprint });
      } catch (error) {
        if (!isManagementError(error)) throw error;
        failure = await this.#diagnoseReset(error, url, signal);
      }
      if (result !== undefined) {
        this.#acceptingOrigins.add(url.origin);
        if (result.status === 307 && result.headers.location !== undefined) {
          url = redirectTarget(url.href, result.headers.location, ++redirects);
          continue;
        }
        if (result.status < 300) return toResponse(result);
        failure = errorFromResponse(result.status, result.headers, result.body, {
          certificateThumbprint: this.#config.thumbprint,
          subscriptionId: this.#config.subscriptionId,
        });
        retryAfterMs = parseRetryAfter(result.headers['retry-after'], this.#config.now());
      }
      const delay = retryDelay(this.#config.retry, { error: failure!, retriesSoFar: retries, idempotent, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
      if (delay === undefined) throw failure!;
      retries++;
      await pause(this.#config.sleep, delay, signal);
    }
  }

  /** Closes the pooled connections; later sends fail. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#agent.close();
  }

  /** A reset from a server that never answered us may be a refused client certificate: find out once. */
  async #diagnoseReset(error: ManagementError, url: Target, signal: AbortSignal | undefined): Promise<ManagementError> {
    if (error.code !== MANAGEMENT_ERROR_CODES.ConnectionReset || this.#acceptingOrigins.has(url.origin)) return error;
    this.#acceptingOrigins.add(url.origin);
    const { certificatePem: cert, privateKeyPem: key, ca, thumbprint } = this.#config;
    const refused = await serverRefusesClientCertificate({ url: new URL(url.href), cert, key, ca, windowMs: PROBE_WINDOW_MS, signal });
    return refused ? clientCertificateRejected(error, { endpoint: url.origin, certificateThumbprint: thumbprint }) : error;
  }

  #headers(request: TransportRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'x-ms-version': request.xmsVersion ?? DEFAULT_X_MS_VERSION,
      'user-agent': this.#config.userAgent,
    };
    if (request.method !== 'GET' || request.body !== undefined) headers['content-type'] = CONTENT_TYPE;
    return headers;
  }
}

function validateRequest(request: TransportRequest): void {
  const invalid = (message: string) => new ManagementError({ code: MANAGEMENT_ERROR_CODES.InvalidArgument, message });
  if (!METHODS.has(request.method)) throw invalid(`Unsupported method ${String(request.method)}: use GET, PUT, POST or DELETE.`);
  if (typeof request.path !== 'string' || (request.path !== '' && !request.path.startsWith('/'))) throw invalid(`The request path must be empty (the subscription itself) or start with '/' (got ${JSON.stringify(request.path)}).`);
  if (/[?#]/.test(request.path)) throw invalid('The request path must not contain ? or #: pass query parameters in `query`.');
}

function redirectTarget(current: string, location: string, redirects: number): Target {
  if (redirects > MAX_REDIRECTS) {
    throw new ManagementError({ code: MANAGEMENT_ERROR_CODES.TooManyRedirects, message: `The service redirected more than ${MAX_REDIRECTS} times; last target ${location}.`, statusCode: 307 });
  }
  const next = new URL(location, current);
  if (next.protocol !== 'https:') {
    throw new ManagementError({ code: MANAGEMENT_ERROR_CODES.MalformedResponse, message: `The service redirected to a non-HTTPS location (${next.origin}); the request was not sent there.`, statusCode: 307 });
  }
  return target(next.href);
}

function toResponse(result: AttemptResult): TransportResponse {
  const requestId = result.headers['x-ms-request-id'];
  return { status: result.status, headers: result.headers, body: result.body, ...(requestId === undefined ? {} : { requestId }) };
}

function closedError(): ManagementError {
  return new ManagementError({ code: MANAGEMENT_ERROR_CODES.InvalidArgument, message: 'The client was closed; create a new one to send more requests.' });
}
