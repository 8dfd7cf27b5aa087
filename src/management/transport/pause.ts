import { setTimeout as delay } from 'node:timers/promises';
import { MANAGEMENT_ERROR_CODES } from '../errors/error-codes.ts';
import { ManagementError } from '../errors/management-error.ts';
import type { Sleep } from './transport-types.ts';

export const defaultSleep: Sleep = (ms, signal) => delay(ms, undefined, signal ? { signal } : {});

export function abortedError(reason: unknown): ManagementError {
  return new ManagementError({ code: MANAGEMENT_ERROR_CODES.Aborted, message: 'The request was aborted.', cause: reason });
}

/** Waits through `sleep`, but rejects with `Aborted` the moment the signal fires, whatever `sleep` does. */
export async function pause(sleep: Sleep, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return sleep(ms);
  if (signal.aborted) throw abortedError(signal.reason);
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(abortedError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([sleep(ms, signal), aborted]);
  } catch (error) {
    if (signal.aborted) throw abortedError(signal.reason);
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  if (signal.aborted) throw abortedError(signal.reason);
}
