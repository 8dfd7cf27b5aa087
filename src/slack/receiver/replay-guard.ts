/**
 * Remembers the signatures of accepted requests for as long as their timestamps are acceptable, so
 * the same signed request is accepted once. Memory is bounded: when full, expired entries go first,
 * then the oldest.
 *
 * This guard is per instance. Across Functions instances a replay is bounded by the 5-minute
 * timestamp window (a captured request is worthless after it) together with Slack's single delivery
 * of slash commands and clicks; a shared store would close the remaining window at the price of a
 * storage call on every acknowledgement.
 */
export interface ReplayGuardOptions {
  /** How long (ms) a signature is remembered after its timestamp; the acceptance window. */
  readonly windowMs: number;
  /** Most signatures kept at once. */
  readonly capacity: number;
}

export class ReplayGuard {
  readonly #seen = new Map<string, number>();
  readonly #windowMs: number;
  readonly #capacity: number;

  constructor(options: ReplayGuardOptions) {
    if (!(options.capacity >= 1)) throw new RangeError('ReplayGuard capacity must be at least 1.');
    this.#windowMs = options.windowMs;
    this.#capacity = options.capacity;
  }

  get size(): number {
    return this.#seen.size;
  }

  /** True the first time a signature is seen within its window; false for a replay. */
  admit(signature: string, timestampMs: number, nowMs: number): boolean {
    this.#dropExpired(nowMs);
    const expiresAt = this.#seen.get(signature);
    if (expiresAt !== undefined && expiresAt > nowMs) return false;
    if (expiresAt !== undefined) this.#seen.delete(signature);
    if (this.#seen.size >= this.#capacity) this.#evict(nowMs);
    this.#seen.set(signature, Math.max(timestampMs, nowMs) + this.#windowMs);
    return true;
  }

  /**
   * Arrival order nearly follows expiry (each is its timestamp, at most minutes off now, plus the
   * window), so the expired are at the front: dropped there as requests come, a few at a time, the
   * set holds about one window of requests instead of filling up and scanning all on each request.
   */
  #dropExpired(nowMs: number): void {
    for (const [signature, expiresAt] of this.#seen) {
      if (expiresAt > nowMs) return;
      this.#seen.delete(signature);
    }
  }

  #evict(nowMs: number): void {
    for (const [signature, expiresAt] of this.#seen) {
      if (expiresAt <= nowMs) this.#seen.delete(signature);
    }
    // Insertion order is arrival order: the oldest goes first.
    while (this.#seen.size >= this.#capacity) {
      const oldest = this.#seen.keys().next().value;
      if (oldest === undefined) break;
      this.#seen.delete(oldest);
    }
  }
}
