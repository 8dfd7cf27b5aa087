import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Holds a request for an injected latency. Stopping the emulator ends the wait at once, so a
 * closed emulator leaves no timer behind; the answer says whether the request is still to be served.
 */
export async function hold(ms: number, stopping: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal: stopping });
    return true;
  } catch {
    return false;
  }
}
