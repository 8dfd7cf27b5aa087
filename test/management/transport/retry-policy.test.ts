import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManagementError } from '../../../src/management/errors/index.ts';
import { backoffDelay, parseRetryAfter, retryDelay, type RetryPolicy } from '../../../src/management/transport/retry-policy.ts';

const policy = (jitter = 0.5): RetryPolicy => ({ maxRetries: 3, initialDelayMs: 500, maxDelayMs: 30_000, random: () => jitter });
const retryable = new ManagementError({ code: 'ServiceUnavailable', message: 'x', statusCode: 503, isRetryable: true });

describe('retry policy', () => {
  it('parses Retry-After as seconds or as an HTTP date, and ignores nonsense', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    assert.equal(parseRetryAfter('0', now), 0);
    assert.equal(parseRetryAfter(' 12 ', now), 12_000);
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 12:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter('-3', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });

  it('doubles the delay per retry, with equal jitter, up to the cap', () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => backoffDelay(policy(0), n)), [250, 500, 1000, 2000]);
    assert.deepEqual([1, 2, 3, 4].map((n) => backoffDelay(policy(1), n)), [500, 1000, 2000, 4000]);
    assert.equal(backoffDelay(policy(1), 20), 30_000);
  });

  it('decides: only idempotent, retryable, within the budget, and not slower than the cap', () => {
    assert.equal(retryDelay(policy(), { error: retryable, retriesSoFar: 0, idempotent: true }), 375);
    assert.equal(retryDelay(policy(), { error: retryable, retriesSoFar: 0, idempotent: false }), undefined);
    assert.equal(retryDelay(policy(), { error: retryable, retriesSoFar: 3, idempotent: true }), undefined);
    const notFound = new ManagementError({ code: 'ResourceNotFound', message: 'x', statusCode: 404 });
    assert.equal(retryDelay(policy(), { error: notFound, retriesSoFar: 0, idempotent: true }), undefined);
    assert.equal(retryDelay(policy(), { error: retryable, retriesSoFar: 0, idempotent: true, retryAfterMs: 2000 }), 2000);
    assert.equal(retryDelay(policy(), { error: retryable, retriesSoFar: 0, idempotent: true, retryAfterMs: 31_000 }), undefined);
  });
});
