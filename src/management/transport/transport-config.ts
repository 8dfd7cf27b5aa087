import { rootCertificates } from 'node:tls';
import { MANAGEMENT_ERROR_CODES } from '../errors/error-codes.ts';
import { ManagementError } from '../errors/management-error.ts';
import { encodePathSegment } from './encode.ts';
import { packageVersion } from './package-version.ts';
import { defaultSleep } from './pause.ts';
import type { RetryPolicy } from './retry-policy.ts';
import type { Sleep, TransportOptions } from './transport-types.ts';

export const DEFAULT_X_MS_VERSION = '2014-10-01';
export const DEFAULT_TIMEOUT_MS = 65_000;

export interface TransportConfig {
  /** endpoint + '/' + subscription id, no trailing slash. */
  baseUrl: string;
  certificatePem: string;
  privateKeyPem: string;
  thumbprint: string;
  subscriptionId: string;
  ca: Array<string | Buffer> | undefined;
  timeoutMs: number;
  userAgent: string;
  retry: RetryPolicy;
  sleep: Sleep;
  now: () => number;
}

const invalid = (message: string) => new ManagementError({ code: MANAGEMENT_ERROR_CODES.InvalidArgument, message });

/** Validates the options once, so that mistakes surface when the client is built. */
export function resolveTransportConfig(options: TransportOptions): TransportConfig {
  const endpoint = parseEndpoint(options.endpoint);
  const subscriptionId = typeof options.subscriptionId === 'string' ? options.subscriptionId.trim() : '';
  if (subscriptionId === '') throw invalid('subscriptionId is required: the GUID of the subscription the management certificate is uploaded to.');
  const certificate = options.certificate as Partial<TransportOptions['certificate']> | undefined;
  if (typeof certificate?.certificatePem !== 'string' || typeof certificate.privateKeyPem !== 'string') {
    throw invalid('certificate must be a ManagementCertificate: load it with ManagementCertificate.fromPem, fromPfx or fromPublishSettings.');
  }
  const retry = options.retry ?? {};
  return {
    baseUrl: `${endpoint}/${encodePathSegment(subscriptionId)}`,
    certificatePem: certificate.certificatePem,
    privateKeyPem: certificate.privateKeyPem,
    thumbprint: certificate.thumbprint ?? '',
    subscriptionId,
    // Added to, never instead of, the public roots, so a private CA cannot lock out the real service.
    ca: options.ca === undefined ? undefined : [...rootCertificates, ...[options.ca].flat()],
    timeoutMs: positive('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS),
    userAgent: options.userAgent ?? `asm-chatops/${packageVersion()}`,
    retry: {
      maxRetries: Math.floor(nonNegative('retry.maxRetries', retry.maxRetries, 3)),
      initialDelayMs: nonNegative('retry.initialDelayMs', retry.initialDelayMs, 500),
      maxDelayMs: nonNegative('retry.maxDelayMs', retry.maxDelayMs, 30_000),
      random: options.random ?? Math.random,
    },
    sleep: options.sleep ?? defaultSleep,
    now: options.now ?? Date.now,
  };
}

function parseEndpoint(endpoint: unknown): string {
  let url: URL;
  try {
    url = new URL(String(endpoint));
  } catch {
    throw invalid(`endpoint must be an https:// URL such as https://management.core.windows.net (got ${JSON.stringify(endpoint)}).`);
  }
  if (url.protocol !== 'https:') throw invalid(`endpoint must use https: the service authenticates with a client certificate over TLS (got ${url.protocol}).`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw invalid('endpoint must not contain credentials, a query or a fragment.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw invalid(`${name} must be a positive number of milliseconds (got ${value}).`);
  return value;
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw invalid(`${name} must be zero or more (got ${value}).`);
  return value;
}
