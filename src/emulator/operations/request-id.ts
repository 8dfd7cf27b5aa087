import { randomText } from './random-pool.ts';

/** A new `x-ms-request-id`: 32 lower-case hex digits, no dashes, as the service sends them. */
export function newRequestId(): string {
  return randomText(16, 'hex');
}

/** The `<ID>` of an operation: the request id re-formatted 8-4-4-4-12, as the service does. */
export function requestIdAsGuid(requestId: string): string {
  const hex = requestId.replace(/-/g, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Accepts both the bare and the GUID form of a request id in a path. */
export function normalizeRequestId(text: string): string | undefined {
  const hex = text.replace(/-/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex) ? hex : undefined;
}
