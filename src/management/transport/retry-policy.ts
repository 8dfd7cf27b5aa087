import { MANAGEMENT_ERROR_CODES } from '../errors/error-codes.ts';
import type { ManagementError } from '../errors/management-error.ts';

export interface RetryPolicy {
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

export interface RetryDecisionInput {
  error: ManagementError;
  /** Retries already made. */
  retriesSoFar: number;
  idempotent: boolean;
  /** Parsed `Retry-After`, when the response had one. */
  retryAfterMs?: number;
}

/**
 * A 429 or 503 that says when to come back (`Retry-After`) is the service refusing the request
 * before doing anything, so even a POST may be sent again (as Azure's own pipelines do). A dropped
 * connection or a timeout after sending gives no such answer: the request may have been done.
 */
export function refusedBeforeWork(error: ManagementError, retryAfterMs: number | undefined): boolean {
  return retryAfterMs !== undefined && (error.statusCode === 429 || error.statusCode === 503);
}

/** The wait before the next attempt, or undefined when the error must be thrown. */
export function retryDelay(policy: RetryPolicy, input: RetryDecisionInput): number | undefined {
  const { error, retriesSoFar, idempotent, retryAfterMs } = input;
  if (!idempotent && !refusedBeforeWork(error, retryAfterMs)) return undefined;
  if (!error.isRetryable || error.code === MANAGEMENT_ERROR_CODES.Aborted) return undefined;
  if (retriesSoFar >= policy.maxRetries) return undefined;
  // Retrying sooner than the server asked would only be throttled again.
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
  return backoffDelay(policy, retriesSoFar + 1);
}

/** Exponential backoff with equal jitter: half the capped delay, plus a random part of the other half. */
export function backoffDelay(policy: RetryPolicy, retryNumber: number): number {
  const capped = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retryNumber - 1));
  const jitter = Math.min(Math.max(policy.random(), 0), 1);
  return Math.round(capped / 2 + (capped / 2) * jitter);
}

/** `Retry-After` as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined; // an HTTP date names its month; Date.parse would take '-3' as a year
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
