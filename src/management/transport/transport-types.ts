import type { ManagementCertificate } from '../credentials/management-certificate.ts';

export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retries off. Default 3. */
  maxRetries?: number;
  /** Base of the exponential backoff. Default 500 ms. */
  initialDelayMs?: number;
  /** Longest wait between attempts; a longer `Retry-After` ends the retries. Default 30000 ms. */
  maxDelayMs?: number;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface TransportOptions {
  /** e.g. `https://management.core.windows.net` (a trailing slash is fine). */
  endpoint: string;
  subscriptionId: string;
  certificate: ManagementCertificate;
  /** Extra trusted CA certificates (e.g. the emulator's ca.pem), added to Node's default roots. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Per attempt, from sending the request to the end of the response body. Default 65000 ms. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Default `asm-chatops/<version>`. */
  userAgent?: string;
  sleep?: Sleep;
  /** Jitter source in [0, 1). Default Math.random. */
  random?: () => number;
  /** Clock for `Retry-After` dates, in epoch ms. Default Date.now. */
  now?: () => number;
}

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  /** Relative to the subscription, starts with '/', segments already encoded (see encodePathSegment). */
  path: string;
  /** Sent in this order; names and values are percent-encoded here. */
  query?: ReadonlyArray<readonly [string, string]>;
  /** XML text, sent as UTF-8. */
  body?: string;
  /** Default '2014-10-01'. */
  xmsVersion?: string;
  /** Whether the request may be sent again. Default: true for GET/PUT/DELETE, false for POST. */
  idempotent?: boolean;
  abortSignal?: AbortSignal;
  timeoutMs?: number;
}

export interface TransportResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  body: string;
  /** The `x-ms-request-id` header: the id of an asynchronous operation. */
  requestId?: string;
}

