import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { issueManagementCertificate } from '../../src/emulator/pki/index.ts';
import { bodies } from './support/bodies.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { errorOf, textAt } from './support/xml.ts';

describe('the emulator names resources as the service does', () => {
  let t: TestEmulator;
  const other = issueManagementCertificate('second subscription', new Date());
  let otherSubscription: string;
  before(async () => {
    t = await startTestEmulator({ operationDelayMs: HELD_OPERATION_DELAY_MS });
    otherSubscription = t.emulator.admin.registerSubscription({ certificate: other.certPem }).subscriptionId;
  });
  after(() => t.close());

  it('accepts storage names of exactly 3 and 24 lower-case letters and digits', async () => {
    for (const name of ['ab3', `${'a'.repeat(23)}9`]) {
      const response = await t.send('POST', '/services/storageservices', { body: bodies.createStorage(name) });
      assert.equal(response.status, 202, name);
    }
  });

  it('keeps cloud service names unique across subscriptions (they are DNS names)', async () => {
    assert.equal((await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('globalname') })).status, 201);
    const again = await t.send('POST', '/services/hostedservices', {
      body: bodies.createHostedService('GlobalName'),
      identity: other,
      subscriptionId: otherSubscription,
    });
    assert.equal(again.status, 409);
    assert.deepEqual(errorOf(again.text), { code: 'ConflictError', message: 'The specified DNS name is already taken.' });
    const availability = await t.send('GET', '/services/hostedservices/operations/isavailable/globalname', {
      identity: other,
      subscriptionId: otherSubscription,
    });
    assert.equal(textAt(availability.text, 'Result'), 'false');
  });
});
