import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MANAGEMENT_ERROR_CODES as CODES, isManagementError } from '../../../src/management/errors/index.ts';
import { recordingSleep, serverFor, transportFor } from './fixtures.ts';

const busy = (extra: Record<string, string> = {}) => ({
  status: 503,
  headers: { 'x-ms-request-id': 'r-503', ...extra },
  body: '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>ServiceUnavailable</Code><Message>Busy.</Message></Error>',
});

describe('Transport aborts', () => {
  it('rejects at once with Aborted when aborted during the backoff', async (t) => {
    const server = await serverFor(t, [busy(), { status: 200 }]);
    const controller = new AbortController();
    const delays: number[] = [];
    // A sleep that would never end on its own: only the abort can finish the wait.
    const sleep = (ms: number) => {
      delays.push(ms);
      queueMicrotask(() => controller.abort(new Error('user cancelled')));
      return new Promise<void>(() => {});
    };
    await assert.rejects(transportFor(t, server.url, { sleep }).send({ method: 'GET', path: '/', abortSignal: controller.signal }), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.Aborted);
      assert.equal((error.cause as Error).message, 'user cancelled');
      return true;
    });
    assert.equal(delays.length, 1);
    assert.equal(server.requests.length, 1);
  });

  it('with real delays: an abort ends a long backoff and no further request is sent', async (t) => {
    const controller = new AbortController();
    const server = await serverFor(t, (_request, index) => {
      if (index === 0) setTimeout(() => controller.abort(), 50);
      return index === 0 ? busy() : { status: 200 };
    });
    const transport = transportFor(t, server.url, { random: () => 1, retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } });
    await assert.rejects(transport.send({ method: 'GET', path: '/', abortSignal: controller.signal }), { code: CODES.Aborted });
    assert.equal(server.requests.length, 1);
  });

  it('rejects with Aborted when the signal is already aborted, sending nothing', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    await assert.rejects(transportFor(t, server.url).send({ method: 'GET', path: '/', abortSignal: AbortSignal.abort() }), { code: CODES.Aborted });
    assert.equal(server.requests.length, 0);
  });

  it('rejects with Aborted when aborted while waiting for the response', async (t) => {
    const controller = new AbortController();
    const server = await serverFor(t, () => {
      setTimeout(() => controller.abort(), 20);
      return { status: 200, delayMs: 60_000 };
    });
    await assert.rejects(transportFor(t, server.url).send({ method: 'GET', path: '/', abortSignal: controller.signal }), { code: CODES.Aborted });
    assert.equal(server.requests.length, 1);
  });
});

describe('Transport timeouts', () => {
  it('fails an attempt that gets no response in time with RequestTimeout', async (t) => {
    const server = await serverFor(t, [{ status: 200, delayMs: 60_000 }]);
    const transport = transportFor(t, server.url, { timeoutMs: 100, retry: { maxRetries: 0 } });
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.RequestTimeout);
      assert.equal(error.isRetryable, true);
      assert.match(error.message, /within 100 ms/);
      return true;
    });
  });

  it('lets a request override the timeout, and retries a timed-out GET', async (t) => {
    const server = await serverFor(t, [{ status: 200, delayMs: 60_000 }, { status: 200, body: 'second' }]);
    const { sleep, delays } = recordingSleep();
    const transport = transportFor(t, server.url, { sleep, timeoutMs: 60_000 });
    // Generous enough for the retry's fresh TLS handshake on a busy machine; the first answer never comes.
    const response = await transport.send({ method: 'GET', path: '/', timeoutMs: 1500 });
    assert.equal(response.body, 'second');
    assert.equal(delays.length, 1);
    assert.equal(server.requests.length, 2);
  });

  it('does not retry a timed-out POST', async (t) => {
    const server = await serverFor(t, [{ status: 200, delayMs: 60_000 }, { status: 200 }]);
    const { sleep } = recordingSleep();
    await assert.rejects(transportFor(t, server.url, { sleep }).send({ method: 'POST', path: '/', timeoutMs: 1000 }), { code: CODES.RequestTimeout });
    assert.equal(server.requests.length, 1);
  });
});
