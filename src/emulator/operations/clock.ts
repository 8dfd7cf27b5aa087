export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Timestamps as the service writes them: UTC, whole seconds, `Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
