import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { issueManagementCertificate } from '../../../src/emulator/pki/index.ts';
import { ManagementCertificate, ServiceManagementClient } from '../../../src/management/index.ts';
import { startTestEmulator, type TestEmulator } from '../support/emulator-fixture.ts';

describe('contract: every credential file the emulator writes authenticates the real client', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator();
  });
  after(() => t.close());

  const forms: [string, () => ManagementCertificate][] = [
    ['client.pem', () => ManagementCertificate.fromPem(readFileSync(t.emulator.certFile, 'utf8'))],
    ['client.pfx (empty password)', () => ManagementCertificate.fromPfx(readFileSync(t.emulator.pfxFile), t.emulator.pfxPassword)],
    ['client.publishsettings', () => ManagementCertificate.fromPublishSettings(readFileSync(t.emulator.publishSettingsFile, 'utf8'))],
  ];
  for (const [name, load] of forms) {
    it(name, async () => {
      const certificate = load();
      const client = new ServiceManagementClient({
        subscriptionId: t.emulator.subscriptionId,
        certificate,
        endpoint: t.emulator.url,
        ca: t.ca,
      });
      try {
        const subscription = await client.subscription.get();
        assert.equal(subscription.subscriptionID, t.emulator.subscriptionId);
      } finally {
        await client.close();
      }
    });
  }

  it('the publish settings name the subscription and the emulator URL', () => {
    const certificate = ManagementCertificate.fromPublishSettings(readFileSync(t.emulator.publishSettingsFile, 'utf8'));
    assert.equal(certificate.subscriptionId, t.emulator.subscriptionId);
    assert.equal(certificate.serviceManagementUrl, t.emulator.url);
  });

  it('a certificate not registered with the subscription is refused with 403 ForbiddenError', async () => {
    const stranger = issueManagementCertificate('not registered', new Date());
    const client = new ServiceManagementClient({
      subscriptionId: t.emulator.subscriptionId,
      certificate: ManagementCertificate.fromPem(stranger.certPem + stranger.keyPem),
      endpoint: t.emulator.url,
      ca: t.ca,
    });
    try {
      await assert.rejects(client.locations.list(), { statusCode: 403, code: 'ForbiddenError' });
    } finally {
      await client.close();
    }
  });
});
