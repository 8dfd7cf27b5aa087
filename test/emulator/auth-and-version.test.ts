import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { issueManagementCertificate } from '../../src/emulator/pki/index.ts';
import { startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { errorOf } from './support/xml.ts';

const FORBIDDEN_MESSAGE =
  'The server failed to authenticate the request. Verify that the certificate is valid and is associated with this subscription.';

describe('emulator authentication and version checks', () => {
  let t: TestEmulator;
  const stranger = issueManagementCertificate('stranger', new Date());
  before(async () => {
    t = await startTestEmulator();
  });
  after(() => t.close());

  it('serves a registered certificate and sends a 32-hex x-ms-request-id', async () => {
    const response = await t.send('GET', '/locations');
    assert.equal(response.status, 200);
    assert.match(response.headers['x-ms-request-id'] ?? '', /^[0-9a-f]{32}$/);
    assert.equal(response.headers['content-type'], 'application/xml; charset=utf-8');
  });

  it('answers 403 ForbiddenError to a certificate not registered with the subscription', async () => {
    const response = await t.send('GET', '/locations', { identity: stranger });
    assert.equal(response.status, 403);
    assert.deepEqual(errorOf(response.text), { code: 'ForbiddenError', message: FORBIDDEN_MESSAGE });
    assert.match(response.headers['x-ms-request-id'] ?? '', /^[0-9a-f]{32}$/);
  });

  it('answers 403 when no client certificate is presented', async () => {
    const response = await t.send('GET', '/locations', { identity: null });
    assert.equal(response.status, 403);
    assert.equal(errorOf(response.text).code, 'ForbiddenError');
  });

  it('answers 403 for a subscription the certificate does not belong to', async () => {
    const response = await t.send('GET', '/locations', { subscriptionId: '11111111-1111-1111-1111-111111111111' });
    assert.equal(response.status, 403);
  });

  it('answers 400 MissingOrIncorrectVersionHeader without x-ms-version or with an unknown one', async () => {
    for (const version of [null, '2099-01-01']) {
      const response = await t.send('GET', '/locations', { version });
      assert.equal(response.status, 400);
      assert.equal(errorOf(response.text).code, 'MissingOrIncorrectVersionHeader');
    }
  });

  it('accepts a certificate once it is registered through the admin API, and the admin API only for the admin certificate', async () => {
    const denied = await t.send('GET', '/_emulator/status', { absolute: true, identity: stranger });
    assert.equal(denied.status, 403);
    t.emulator.admin.addCertificate(t.emulator.subscriptionId, stranger.certPem);
    const allowed = await t.send('GET', '/locations', { identity: stranger });
    assert.equal(allowed.status, 200);
    const stillDenied = await t.send('GET', '/_emulator/status', { absolute: true, identity: stranger });
    assert.equal(stillDenied.status, 403);
  });

  it('answers 404 ResourceNotFound for an unknown resource, after authentication', async () => {
    const response = await t.send('GET', '/services/nothinghere');
    assert.equal(response.status, 404);
    assert.equal(errorOf(response.text).code, 'ResourceNotFound');
  });
});
