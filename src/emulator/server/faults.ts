import { errors } from '../errors/index.ts';
import type { EmulatorError } from '../errors/index.ts';

/** Faults to inject into management requests (never into `/_emulator` admin requests). */
export interface FaultSettings {
  /** Probability (0..1) per status of answering with that error instead of serving the request. */
  readonly errorRates?: { readonly 500?: number; readonly 503?: number; readonly 429?: number };
  /** `Retry-After` seconds sent with 503 and 429. Default 1. */
  readonly retryAfterSeconds?: number;
  /** Added to a matching request before it is served (or failed, or dropped). */
  readonly latencyMs?: number;
  /** Probability (0..1) that a matching request is held for `latencyMs`. Default: every one is. */
  readonly latencyRate?: number;
  /** Probability (0..1) of closing the connection without any response. */
  readonly dropConnectionRate?: number;
  /** Only requests whose path below the subscription matches this regular expression. */
  readonly pathPattern?: string;
  /** Switch the faults off after this many requests were hit by one (default: unlimited). */
  readonly count?: number;
}

export type FaultDecision =
  | { readonly kind: 'none'; readonly latencyMs: number }
  | { readonly kind: 'drop'; readonly latencyMs: number }
  | { readonly kind: 'error'; readonly latencyMs: number; readonly error: EmulatorError };

/** Requests hit by a fault since the emulator started (a request both held and failed counts in both). */
export interface FaultHits {
  readonly held: number;
  readonly dropped: number;
  readonly errors: { readonly 500: number; readonly 503: number; readonly 429: number };
}

export class FaultController {
  #settings: FaultSettings | undefined;
  #remaining = Infinity;
  #hits = { held: 0, dropped: 0, errors: { 500: 0, 503: 0, 429: 0 } };
  readonly #random: () => number;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  get settings(): FaultSettings | undefined {
    return this.#settings;
  }

  get hits(): FaultHits {
    return { ...this.#hits, errors: { ...this.#hits.errors } };
  }

  set(settings: FaultSettings | undefined): void {
    validate(settings);
    this.#settings = settings;
    this.#remaining = settings?.count ?? Infinity;
  }

  /** Decides what happens to one request (path below the subscription, e.g. `/services/hostedservices`). */
  decide(path: string): FaultDecision {
    const settings = this.#settings;
    if (!settings || this.#remaining <= 0) return { kind: 'none', latencyMs: 0 };
    if (settings.pathPattern && !new RegExp(settings.pathPattern, 'i').test(path)) return { kind: 'none', latencyMs: 0 };
    // The latency draw comes first and only when a rate is set, so settings without one draw as before.
    const held = (settings.latencyMs ?? 0) > 0 && (settings.latencyRate === undefined || this.#random() < settings.latencyRate);
    const latencyMs = held ? (settings.latencyMs ?? 0) : 0;
    const retryAfter = settings.retryAfterSeconds ?? 1;
    let decision: FaultDecision = { kind: 'none', latencyMs };
    if (this.#random() < (settings.dropConnectionRate ?? 0)) decision = { kind: 'drop', latencyMs };
    else if (this.#random() < (settings.errorRates?.[503] ?? 0)) decision = { kind: 'error', latencyMs, error: errors.serverBusy(retryAfter) };
    else if (this.#random() < (settings.errorRates?.[429] ?? 0)) decision = { kind: 'error', latencyMs, error: errors.tooManyRequests(retryAfter) };
    else if (this.#random() < (settings.errorRates?.[500] ?? 0)) decision = { kind: 'error', latencyMs, error: errors.internal() };
    if (held) this.#hits.held += 1;
    if (decision.kind === 'drop') this.#hits.dropped += 1;
    if (decision.kind === 'error') this.#hits.errors[decision.error.statusCode as 500 | 503 | 429] += 1;
    if (decision.kind !== 'none' || latencyMs > 0) {
      this.#remaining -= 1;
      if (this.#remaining <= 0) this.#settings = undefined;
    }
    return decision;
  }
}

function validate(settings: FaultSettings | undefined): void {
  if (!settings) return;
  const rates = [settings.dropConnectionRate, settings.latencyRate, settings.errorRates?.[500], settings.errorRates?.[503], settings.errorRates?.[429]];
  for (const rate of rates) {
    if (rate !== undefined && (typeof rate !== 'number' || rate < 0 || rate > 1)) {
      throw new RangeError('Fault rates are probabilities between 0 and 1.');
    }
  }
  if (settings.pathPattern !== undefined) new RegExp(settings.pathPattern);
}
