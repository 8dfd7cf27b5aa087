import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { issueManagementCertificate } from '../../src/emulator/pki/index.ts';
import { bodies } from './support/bodies.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { textAt } from './support/xml.ts';

const json = (text: string) => JSON.parse(text) as Record<string, any>;

describe('the admin HTTP API (/_emulator), only for the admin certificate', () => {
  let t: TestEmulator;
  const admin = (method: string, path: string, body?: unknown, identity?: { certPem: string; keyPem: string }) =>
    t.send(method, `/_emulator${path}`, { absolute: true, version: null, ...(body === undefined ? {} : { body: JSON.stringify(body) }), ...(identity ? { identity } : {}) });
  before(async () => {
    t = await startTestEmulator({ operationDelayMs: HELD_OPERATION_DELAY_MS });
  });
  after(() => t.close());

  it('registers a subscription with a certificate, adds and removes certificates', async () => {
    const tenant = issueManagementCertificate('tenant', new Date());
    const created = await admin('POST', '/subscriptions', { name: 'Tenant', certificate: tenant.certPem });
    assert.equal(created.status, 201);
    const { subscriptionId, thumbprint } = json(created.text);
    assert.match(subscriptionId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal((await t.send('GET', '/locations', { identity: tenant, subscriptionId })).status, 200);

    const second = issueManagementCertificate('second', new Date());
    const added = await admin('POST', `/subscriptions/${subscriptionId}/certificates`, { certificate: second.certPem });
    assert.equal(added.status, 201);
    assert.equal((await t.send('GET', '/locations', { identity: second, subscriptionId })).status, 200);
    assert.equal((await admin('DELETE', `/subscriptions/${subscriptionId}/certificates/${thumbprint}`)).status, 200);
    assert.equal((await t.send('GET', '/locations', { identity: tenant, subscriptionId })).status, 403);
    const status = json((await admin('GET', '/status')).text);
    assert.deepEqual(status['subscriptions'].find((s: { id: string }) => s.id === subscriptionId)?.certificates, [json(added.text)['thumbprint']]);
  });

  it('fails the next operation with the error it is given', async () => {
    const failure = { httpStatusCode: 409, code: 'ConflictError', message: 'Told to fail.' };
    assert.equal((await admin('POST', '/operations/fail-next', failure)).status, 200);
    const created = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('adminfail') });
    assert.equal(json((await admin('POST', '/operations/complete')).text)['completed'], 1);
    const operation = await t.send('GET', `/operations/${created.headers['x-ms-request-id']}`);
    assert.deepEqual(
      ['Status', 'HttpStatusCode', 'Error/Code', 'Error/Message'].map((path) => textAt(operation.text, path)),
      ['Failed', '409', 'ConflictError', 'Told to fail.'],
    );
  });

  it('changes the operation delay for new operations', async () => {
    const set = await admin('PUT', '/settings', { operationDelayMs: 0 });
    assert.deepEqual(json(set.text), { operationDelayMs: 0 });
    try {
      const created = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('admindelay') });
      assert.equal(textAt((await t.send('GET', `/operations/${created.headers['x-ms-request-id']}`)).text, 'Status'), 'Succeeded');
      assert.equal((await admin('PUT', '/settings', { operationDelayMs: -1 })).status, 400);
    } finally {
      await admin('PUT', '/settings', { operationDelayMs: HELD_OPERATION_DELAY_MS });
    }
  });

  it('answers 400 with a JSON error to a body that is not JSON', async () => {
    const response = await t.send('PUT', '/_emulator/faults', { absolute: true, body: '{not json' });
    assert.equal(response.status, 400);
    assert.equal(json(response.text)['error']['code'], 'BadRequest');
  });

  it('refuses every admin request from a certificate that is registered but not the admin one', async () => {
    const user = issueManagementCertificate('registered user', new Date());
    t.emulator.admin.addCertificate(t.emulator.subscriptionId, user.certPem);
    assert.equal((await t.send('GET', '/locations', { identity: user })).status, 200);
    const before = t.emulator.admin.status();
    const requests: [string, string][] = [
      ['GET', '/status'], ['POST', '/subscriptions'], ['PUT', '/faults'], ['DELETE', '/faults'],
      ['POST', '/operations/complete'], ['POST', '/operations/fail-next'], ['PUT', '/settings'],
    ];
    for (const [method, path] of requests) {
      const response = await admin(method, path, {}, user);
      assert.equal(response.status, 403, `${method} ${path}`);
      assert.equal(json(response.text)['error']['code'], 'ForbiddenError');
    }
    assert.deepEqual(t.emulator.admin.status(), before, 'nothing was changed');
  });
});
