export { MANAGEMENT_ERROR_CODES } from './error-codes.ts';
export type { ManagementErrorCode } from './error-codes.ts';
export { ManagementError, isManagementError } from './management-error.ts';
export type { ManagementErrorInit } from './management-error.ts';
export { errorFromResponse, isRetryableStatus } from './error-from-response.ts';
export type { ResponseErrorContext, ResponseHeaders } from './error-from-response.ts';
export { clientCertificateRejected, errorFromNetworkFailure } from './error-from-network-failure.ts';
export type { NetworkFailureContext } from './error-from-network-failure.ts';
