import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { issueManagementCertificate } from '../../src/emulator/pki/index.ts';
import { bodies } from './support/bodies.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator, type RawResponse, type TestEmulator } from './support/emulator-fixture.ts';
import { errorOf } from './support/xml.ts';

const REQUEST_ID = /^[0-9a-f]{32}$/;

describe('headers the emulator sends as the service does', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator({ operationDelayMs: HELD_OPERATION_DELAY_MS });
  });
  after(() => t.close());

  it('x-ms-request-id on every answer: 200, 201, 202, 400, 403, 404, 405, 409, 429, 500, 503, each one different', async () => {
    const stranger = issueManagementCertificate('stranger', new Date());
    const answers: [number, RawResponse][] = [];
    const record = async (expected: number, response: Promise<RawResponse>) => answers.push([expected, await response]);
    await record(200, t.send('GET', '/locations'));
    await record(201, t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('hdrsvc') }));
    await record(202, t.send('POST', '/services/storageservices', { body: bodies.createStorage('hdrstore') }));
    await record(400, t.send('GET', '/locations', { version: null }));
    await record(403, t.send('GET', '/locations', { identity: stranger }));
    await record(404, t.send('GET', '/services/hostedservices/nosuchsvc'));
    await record(405, t.send('DELETE', '/locations'));
    await record(409, t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('hdrsvc') }));
    for (const status of [429, 500, 503] as const) {
      t.emulator.admin.setFaults({ errorRates: { [status]: 1 }, count: 1 });
      await record(status, t.send('GET', '/locations'));
    }
    for (const [expected, response] of answers) {
      assert.equal(response.status, expected);
      assert.match(response.headers['x-ms-request-id'] ?? '', REQUEST_ID, `status ${expected}`);
    }
    assert.equal(new Set(answers.map(([, response]) => response.headers['x-ms-request-id'])).size, answers.length);
  });

  it('Retry-After with 429 TooManyRequests, as with 503', async () => {
    t.emulator.admin.setFaults({ errorRates: { 429: 1 }, retryAfterSeconds: 3, count: 1 });
    const response = await t.send('GET', '/locations');
    assert.equal(response.status, 429);
    assert.equal(response.headers['retry-after'], '3');
    assert.deepEqual(errorOf(response.text), { code: 'TooManyRequests', message: 'Too many requests received. Retry after some time.' });
  });

  it('Location on creates: cloud service, storage account, affinity group', async () => {
    const base = `${t.emulator.url}/subscriptions/${t.emulator.subscriptionId}`;
    const group = await t.send('POST', '/affinitygroups', { body: bodies.createAffinityGroup('hdrgroup') });
    assert.equal(group.status, 201);
    assert.equal(group.headers['location'], `${base}/affinitygroup/hdrgroup`);
    const service = await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('hdrsvc2') });
    assert.equal(service.headers['location'], `${base}/compute/hdrsvc2`);
    const storage = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('hdrstore2') });
    assert.equal(storage.headers['location'], `${base}/storage/hdrstore2`);
  });
});
