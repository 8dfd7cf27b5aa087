import { ManagementError, MANAGEMENT_ERROR_CODES } from '../errors/index.ts';
import type { OperationStatus, WaitOptions } from '../models/index.ts';
import { defaultSleep, pause } from '../transport/pause.ts';

export const DEFAULT_POLL_INTERVAL_MS = 2_000;
export const DEFAULT_WAIT_TIMEOUT_MS = 10 * 60_000;

/**
 * Polls an operation until it ends. A failed operation is an error, never a quiet success;
 * the deadline and the abort signal are observed during every pause. Time comes from
 * `options.now` and `options.sleep` (as in the transport), so a test runs a long wait at once.
 */
export async function waitForOperation(
  requestId: string,
  poll: (signal: AbortSignal | undefined) => Promise<OperationStatus>,
  options: WaitOptions = {},
): Promise<OperationStatus> {
  const intervalMs = options.intervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const deadline = now() + timeoutMs;
  const signal = options.abortSignal;
  for (;;) {
    if (signal?.aborted) throw aborted(requestId, signal.reason);
    const status = await poll(signal);
    if (status.status === 'Succeeded') return status;
    if (status.status === 'Failed') throw operationFailed(requestId, status);
    options.onProgress?.(status);
    const remaining = deadline - now();
    if (remaining <= 0) throw timedOut(requestId, timeoutMs, status);
    try {
      await pause(sleep, Math.min(intervalMs, remaining), signal);
    } catch (error) {
      if (signal?.aborted) throw aborted(requestId, signal.reason);
      throw error;
    }
  }
}

export function operationFailed(requestId: string, status: OperationStatus): ManagementError {
  return new ManagementError({
    code: status.error?.code || MANAGEMENT_ERROR_CODES.OperationFailed,
    message: status.error?.message || `Operation ${requestId} failed.`,
    ...(status.httpStatusCode === undefined ? {} : { statusCode: status.httpStatusCode }),
    requestId,
    details: { operationId: status.id, status: status.status },
  });
}

function timedOut(requestId: string, timeoutMs: number, status: OperationStatus): ManagementError {
  return new ManagementError({
    code: MANAGEMENT_ERROR_CODES.OperationTimeout,
    message: `Operation ${requestId} was still ${status.status} after ${formatDuration(timeoutMs)}. It may still finish: check it later with its request id.`,
    requestId,
    details: { operationId: status.id, status: status.status },
  });
}

function aborted(requestId: string, cause: unknown): ManagementError {
  return new ManagementError({
    code: MANAGEMENT_ERROR_CODES.Aborted,
    message: `Stopped waiting for operation ${requestId}: the wait was cancelled. The operation itself goes on.`,
    requestId,
    cause,
  });
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
