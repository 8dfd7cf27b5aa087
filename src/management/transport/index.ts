export { Transport } from './transport.ts';
export { encodePathSegment, encodeQueryComponent } from './encode.ts';
export { DEFAULT_TIMEOUT_MS, DEFAULT_X_MS_VERSION } from './transport-config.ts';
export type { HttpMethod, RetryOptions, Sleep, TransportOptions, TransportRequest, TransportResponse } from './transport-types.ts';
