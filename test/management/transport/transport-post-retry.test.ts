import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { startEmulator } from '../../../src/emulator/index.ts';
import { MANAGEMENT_ERROR_CODES as CODES, ManagementError } from '../../../src/management/errors/index.ts';
import { ManagementCertificate, ServiceManagementClient } from '../../../src/management/index.ts';
import { refusedBeforeWork } from '../../../src/management/transport/retry-policy.ts';
import { recordingSleep, serverFor, transportFor } from './fixtures.ts';

const refusal = (status: 429 | 503, retryAfter?: string) => ({
  status,
  headers: { 'x-ms-request-id': `r-${status}`, ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }) },
  body: `<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>${status === 429 ? 'TooManyRequests' : 'ServerBusy'}</Code><Message>Later.</Message></Error>`,
});
const CREATE = { method: 'POST' as const, path: '/services/hostedservices', body: '<CreateHostedService/>' };

describe('Transport: a POST the service refused before doing anything is sent again', () => {
  it('429 and 503 with Retry-After: waits as asked, then sends the same POST again', async (t) => {
    for (const status of [429, 503] as const) {
      const server = await serverFor(t, [refusal(status, '2'), { status: 201, headers: { 'x-ms-request-id': 'ok' } }]);
      const { sleep, delays } = recordingSleep();
      const response = await transportFor(t, server.url, { sleep }).send(CREATE);
      assert.equal(response.status, 201);
      assert.deepEqual(delays, [2000]);
      assert.deepEqual(server.requests.map((r) => [r.method, r.body]), [['POST', CREATE.body], ['POST', CREATE.body]]);
    }
  });

  it('a 503 without Retry-After, or a 500 with one, is not proof of a refusal: sent once', async (t) => {
    for (const first of [refusal(503), { ...refusal(503, '1'), status: 500 }]) {
      const server = await serverFor(t, [first, { status: 201 }]);
      const { sleep, delays } = recordingSleep();
      await assert.rejects(transportFor(t, server.url, { sleep }).send(CREATE), { statusCode: first.status });
      assert.equal(server.requests.length, 1);
      assert.deepEqual(delays, []);
    }
  });

  it('a POST whose connection dropped or timed out after sending is never sent again', async (t) => {
    const { sleep, delays } = recordingSleep();
    const dropping = await serverFor(t, [{ status: 200 }, { reset: true }, { status: 201 }]);
    const transport = transportFor(t, dropping.url, { sleep });
    await transport.send({ method: 'GET', path: '/' });
    await assert.rejects(transport.send(CREATE), { code: CODES.ConnectionReset });
    assert.deepEqual(dropping.requests.map((r) => r.method), ['GET', 'POST']);
    // A GET first, so the POST goes over a connection already open and surely reaches the server.
    const slow = await serverFor(t, [{ status: 200 }, { status: 201, delayMs: 5000 }, { status: 201 }]);
    const patient = transportFor(t, slow.url, { sleep });
    await patient.send({ method: 'GET', path: '/' });
    await assert.rejects(patient.send({ ...CREATE, timeoutMs: 200 }), { code: CODES.RequestTimeout });
    assert.deepEqual(slow.requests.map((r) => r.method), ['GET', 'POST']);
    assert.deepEqual(delays, []);
  });

  it('the rule: a 429 or 503 that says when to come back', () => {
    const error = (statusCode: number) => new ManagementError({ code: 'X', message: 'x', statusCode, isRetryable: true });
    assert.equal(refusedBeforeWork(error(429), 0), true);
    assert.equal(refusedBeforeWork(error(503), 1000), true);
    assert.equal(refusedBeforeWork(error(503), undefined), false);
    assert.equal(refusedBeforeWork(error(500), 1000), false);
    assert.equal(refusedBeforeWork(new ManagementError({ code: CODES.ConnectionReset, message: 'x', isRetryable: true }), 1000), false);
  });

  it('against the emulator: a create refused with 503 ServerBusy once is created by the retry, exactly once', async () => {
    const emulator = await startEmulator({ port: 0, inMemory: true, operationDelayMs: 10 });
    const client = new ServiceManagementClient({
      subscriptionId: emulator.subscriptionId, endpoint: emulator.url, ca: readFileSync(emulator.caFile, 'utf8'),
      certificate: ManagementCertificate.fromPem(readFileSync(emulator.certFile, 'utf8')),
    });
    try {
      emulator.admin.setFaults({ errorRates: { 503: 1 }, retryAfterSeconds: 0, count: 1, pathPattern: '^/services/hostedservices$' });
      await client.hostedServices.create({ serviceName: 'retried', label: 'retried', location: 'West US' });
      assert.deepEqual((await client.hostedServices.list()).map((s) => s.serviceName), ['retried']);
    } finally {
      await client.close();
      await emulator.close();
    }
  });
});
