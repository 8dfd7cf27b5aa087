export { waitForOperation, operationFailed, DEFAULT_POLL_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS } from './wait-for-operation.ts';
