import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { ManagementCertificate, ServiceManagementClient } from '../../src/management/index.ts';
import { startContract, type ContractFixture } from './support/contract-fixture.ts';
import { startTestEmulator } from './support/emulator-fixture.ts';
import { errorOf } from './support/xml.ts';

describe('emulator fault injection, as a client observes it', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('503 ServerBusy with Retry-After', async () => {
    const before = f.t.emulator.admin.status().faultHits.errors[503];
    f.t.emulator.admin.setFaults({ errorRates: { 503: 1 }, retryAfterSeconds: 7, count: 1 });
    const response = await f.t.send('GET', '/locations');
    assert.equal(response.status, 503);
    const status = await f.t.send('GET', '/_emulator/status', { absolute: true });
    assert.equal((JSON.parse(status.text) as { faultHits: { errors: Record<string, number> } }).faultHits.errors['503'], before + 1, 'counted in the status');
    assert.equal(response.headers['retry-after'], '7');
    assert.equal(errorOf(response.text).code, 'ServerBusy');
    assert.equal((await f.t.send('GET', '/locations')).status, 200, 'the fault was limited to one request');
  });

  it('429 TooManyRequests with Retry-After, seen by the management client as a retryable error', async () => {
    f.t.emulator.admin.setFaults({ errorRates: { 429: 1 }, retryAfterSeconds: 2, count: 1 });
    await assert.rejects(f.client.locations.list(), { statusCode: 429, code: 'TooManyRequests', isRetryable: true });
  });

  it('500 InternalError', async () => {
    f.t.emulator.admin.setFaults({ errorRates: { 500: 1 }, count: 1 });
    await assert.rejects(f.client.locations.list(), {
      statusCode: 500,
      code: 'InternalError',
      message: 'The server encountered an internal error. Please retry the request.',
    });
  });

  it('a dropped connection surfaces as a network error, never as a response', async () => {
    f.t.emulator.admin.setFaults({ dropConnectionRate: 1, count: 1 });
    await assert.rejects(f.client.locations.list(), (error: Error & { statusCode?: number }) => {
      assert.equal(error.statusCode, undefined);
      return true;
    });
    assert.ok((await f.client.locations.list()).length > 0);
  });

  it('only requests matching pathPattern are hit, and latency still answers correctly', async () => {
    f.t.emulator.admin.setFaults({ errorRates: { 503: 1 }, pathPattern: '^/rolesizes$' });
    assert.ok((await f.client.locations.list()).length > 0);
    await assert.rejects(f.client.subscription.listRoleSizes(), { statusCode: 503 });
    f.t.emulator.admin.setFaults({ latencyMs: 20, count: 1 });
    assert.ok((await f.client.locations.list()).length > 0);
    assert.equal(f.t.emulator.admin.status().faults, null, 'the latency fault was used up');
  });

  it('latencyRate holds only its share of requests: at 0 an hour of latency delays nothing', async () => {
    f.t.emulator.admin.setFaults({ latencyMs: 3_600_000, latencyRate: 0 });
    try {
      assert.ok((await f.client.locations.list({ timeoutMs: 30_000 })).length > 0);
      assert.equal((await f.t.send('GET', '/locations')).status, 200);
    } finally {
      f.t.emulator.admin.clearFaults();
    }
  });

  it('a client with retries rides out a transient 503', async () => {
    const client = new ServiceManagementClient({
      subscriptionId: f.t.emulator.subscriptionId,
      certificate: ManagementCertificate.fromPem(readFileSync(f.t.emulator.certFile, 'utf8')),
      endpoint: f.t.emulator.url,
      ca: f.t.ca,
      retry: { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 5 },
    });
    try {
      f.t.emulator.admin.setFaults({ errorRates: { 503: 1 }, retryAfterSeconds: 0, count: 1 });
      assert.ok((await client.locations.list()).length > 0);
    } finally {
      await client.close();
    }
  });

  it('is configured over the admin HTTP API too, and refuses rates outside 0..1', async () => {
    const set = await f.t.send('PUT', '/_emulator/faults', { absolute: true, body: JSON.stringify({ errorRates: { 500: 1 }, count: 1 }) });
    assert.equal(set.status, 200);
    assert.equal((await f.t.send('GET', '/locations')).status, 500);
    const bad = await f.t.send('PUT', '/_emulator/faults', { absolute: true, body: JSON.stringify({ errorRates: { 500: 2 } }) });
    assert.equal(bad.status, 400);
    assert.equal((JSON.parse(bad.text) as { error: { code: string } }).error.code, 'BadRequest');
    const badLatency = await f.t.send('PUT', '/_emulator/faults', { absolute: true, body: JSON.stringify({ latencyMs: 10, latencyRate: 1.5 }) });
    assert.equal(badLatency.status, 400, 'latencyRate is a probability too');
    const latency = await f.t.send('PUT', '/_emulator/faults', { absolute: true, body: JSON.stringify({ latencyMs: 10, latencyRate: 0.02 }) });
    assert.deepEqual(JSON.parse(latency.text), { latencyMs: 10, latencyRate: 0.02 });
    assert.equal((await f.t.send('DELETE', '/_emulator/faults', { absolute: true })).status, 200);
  });

  it('can be set from startEmulator options', async () => {
    const faulty = await startTestEmulator({ faults: { errorRates: { 503: 1 }, latencyMs: 3_600_000, latencyRate: 0 } });
    try {
      assert.equal((await faulty.send('GET', '/locations')).status, 503, 'failed at once: latencyRate 0 held nothing');
      const admin = await faulty.send('GET', '/_emulator/status', { absolute: true });
      assert.equal(admin.status, 200, 'admin requests are never faulted');
    } finally {
      await faulty.close();
    }
  });
});
