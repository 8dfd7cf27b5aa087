import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MANAGEMENT_ERROR_CODES as CODES } from '../../../src/management/errors/index.ts';
import { recordingSleep, serverFor, transportFor } from './fixtures.ts';

const busy = (extra: Record<string, string> = {}) => ({
  status: 503,
  headers: { 'x-ms-request-id': 'r-503', ...extra },
  body: '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>ServiceUnavailable</Code><Message>Busy.</Message></Error>',
});

describe('Transport retries', () => {
  it('waits the Retry-After seconds of a 429, then succeeds', async (t) => {
    const server = await serverFor(t, [{ status: 429, headers: { 'retry-after': '7' } }, { status: 200, body: 'ok' }]);
    const { sleep, delays } = recordingSleep();
    const response = await transportFor(t, server.url, { sleep }).send({ method: 'GET', path: '/' });
    assert.equal(response.body, 'ok');
    assert.deepEqual(delays, [7000]);
    assert.equal(server.requests.length, 2);
  });

  it('waits until a Retry-After HTTP date', async (t) => {
    const now = Date.parse('2025-01-01T10:00:00Z');
    const server = await serverFor(t, [{ status: 429, headers: { 'retry-after': 'Wed, 01 Jan 2025 10:00:03 GMT' } }, { status: 200 }]);
    const { sleep, delays } = recordingSleep();
    await transportFor(t, server.url, { sleep, now: () => now }).send({ method: 'GET', path: '/' });
    assert.deepEqual(delays, [3000]);
  });

  it('backs off exponentially with jitter on 503, capped by maxDelayMs', async (t) => {
    const server = await serverFor(t, [busy(), busy(), busy(), busy(), { status: 200 }]);
    const { sleep, delays } = recordingSleep();
    const transport = transportFor(t, server.url, { sleep, random: () => 0, retry: { maxRetries: 4, initialDelayMs: 100, maxDelayMs: 500 } });
    await transport.send({ method: 'PUT', path: '/', body: '<X/>' });
    // equal jitter with random() = 0: half of min(maxDelay, initial * 2^n)
    assert.deepEqual(delays, [50, 100, 200, 250]);
    assert.equal(server.requests.length, 5);
    assert.ok(server.requests.every((r) => r.body === '<X/>'));
  });

  it('uses the jitter source for the other half of the delay', async (t) => {
    const server = await serverFor(t, [busy(), { status: 200 }]);
    const { sleep, delays } = recordingSleep();
    await transportFor(t, server.url, { sleep, random: () => 0.999, retry: { initialDelayMs: 1000 } }).send({ method: 'GET', path: '/' });
    assert.deepEqual(delays, [1000]);
  });

  it('throws the last error once the retries are used up', async (t) => {
    const server = await serverFor(t, [busy()]);
    const { sleep, delays } = recordingSleep();
    await assert.rejects(transportFor(t, server.url, { sleep, retry: { maxRetries: 2 } }).send({ method: 'GET', path: '/' }), {
      code: 'ServiceUnavailable',
      statusCode: 503,
      requestId: 'r-503',
      isRetryable: true,
    });
    assert.equal(server.requests.length, 3);
    assert.equal(delays.length, 2);
  });

  it('retries 408 and 500 as well, but not 400 or 409', async (t) => {
    const server = await serverFor(t, [{ status: 408 }, { status: 500 }, { status: 200 }]);
    const { sleep } = recordingSleep();
    const transport = transportFor(t, server.url, { sleep });
    assert.equal((await transport.send({ method: 'GET', path: '/' })).status, 200);
    for (const status of [400, 409]) {
      const other = await serverFor(t, [{ status }, { status: 200 }]);
      await assert.rejects(transportFor(t, other.url, { sleep }).send({ method: 'GET', path: '/' }), { statusCode: status });
      assert.equal(other.requests.length, 1);
    }
  });

  it('retries a GET whose connection was reset', async (t) => {
    const server = await serverFor(t, [{ reset: true }, { status: 200, body: 'after reset' }]);
    const { sleep, delays } = recordingSleep();
    const response = await transportFor(t, server.url, { sleep }).send({ method: 'GET', path: '/' });
    assert.equal(response.body, 'after reset');
    assert.equal(delays.length, 1);
    assert.equal(server.requests.length, 2);
  });

  it('never re-sends a POST: not on 503, not on a reset', async (t) => {
    const { sleep, delays } = recordingSleep();
    const unavailable = await serverFor(t, [busy(), { status: 201 }]);
    await assert.rejects(transportFor(t, unavailable.url, { sleep }).send({ method: 'POST', path: '/services/hostedservices', body: '<CreateHostedService/>' }), {
      code: 'ServiceUnavailable',
    });
    assert.equal(unavailable.requests.length, 1);

    const resetting = await serverFor(t, [{ status: 200 }, { reset: true }, { status: 201 }]);
    const transport = transportFor(t, resetting.url, { sleep });
    await transport.send({ method: 'GET', path: '/' });
    await assert.rejects(transport.send({ method: 'POST', path: '/services/hostedservices', body: '<CreateHostedService/>' }), {
      code: CODES.ConnectionReset,
    });
    assert.deepEqual(resetting.requests.map((r) => r.method), ['GET', 'POST']);
    assert.deepEqual(delays, []);
  });

  it('retries a POST the caller declares idempotent', async (t) => {
    const server = await serverFor(t, [busy(), { status: 200 }]);
    const { sleep } = recordingSleep();
    await transportFor(t, server.url, { sleep }).send({ method: 'POST', path: '/x', body: '<Y/>', idempotent: true });
    assert.equal(server.requests.length, 2);
  });

  it('does not retry a PUT the caller declares not idempotent', async (t) => {
    const server = await serverFor(t, [busy(), { status: 200 }]);
    const { sleep } = recordingSleep();
    await assert.rejects(transportFor(t, server.url, { sleep }).send({ method: 'PUT', path: '/x', idempotent: false }), { statusCode: 503 });
    assert.equal(server.requests.length, 1);
  });

  it('does not retry at all with maxRetries 0', async (t) => {
    const server = await serverFor(t, [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);
    const { sleep, delays } = recordingSleep();
    await assert.rejects(transportFor(t, server.url, { sleep, retry: { maxRetries: 0 } }).send({ method: 'GET', path: '/' }), { statusCode: 429 });
    assert.equal(server.requests.length, 1);
    assert.deepEqual(delays, []);
  });

  it('gives up rather than wait longer than maxDelayMs for a Retry-After', async (t) => {
    const server = await serverFor(t, [{ status: 429, headers: { 'retry-after': '120' } }, { status: 200 }]);
    const { sleep, delays } = recordingSleep();
    await assert.rejects(transportFor(t, server.url, { sleep, retry: { maxDelayMs: 30_000 } }).send({ method: 'GET', path: '/' }), { statusCode: 429 });
    assert.deepEqual(delays, []);
  });

  it('with real delays: retries after a short backoff', async (t) => {
    const server = await serverFor(t, [busy(), { status: 200, body: 'done' }]);
    const transport = transportFor(t, server.url, { retry: { initialDelayMs: 20 } });
    assert.equal((await transport.send({ method: 'GET', path: '/' })).body, 'done');
    assert.equal(server.requests.length, 2);
  });
});
