import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManagementCertificate } from '../../../src/management/credentials/index.ts';
import { MANAGEMENT_ERROR_CODES as CODES } from '../../../src/management/errors/index.ts';
import { getTestPki, publishSettingsCertificate, toPublishSettings10, toPublishSettings20 } from '../../helpers/pki.ts';

const pki = getTestPki();
const SUB_A = '1a2b3c4d-0000-4000-8000-00000000000a';
const SUB_B = '1A2B3C4D-0000-4000-8000-00000000000B';

describe('ManagementCertificate.fromPublishSettings', () => {
  it('reads schema 1.0: the certificate and Url sit on the PublishProfile', () => {
    const xml = toPublishSettings10(publishSettingsCertificate(pki.client), [{ id: SUB_A, name: 'Dev' }]);
    const certificate = ManagementCertificate.fromPublishSettings(xml);
    assert.equal(certificate.thumbprint, pki.client.thumbprint);
    assert.equal(certificate.subscriptionId, SUB_A);
    assert.equal(certificate.subscriptionName, 'Dev');
    assert.equal(certificate.serviceManagementUrl, 'https://management.core.windows.net');
  });

  it('reads schema 2.0 and picks the first subscription when no id is given', () => {
    const xml = toPublishSettings20([
      { id: SUB_A, name: 'First', certificate: publishSettingsCertificate(pki.client), url: 'https://management.core.windows.net/' },
      { id: SUB_B, name: 'Second', certificate: publishSettingsCertificate(pki.ecClient), url: 'https://127.0.0.1:8443' },
    ]);
    const first = ManagementCertificate.fromPublishSettings(xml);
    assert.equal(first.subscriptionId, SUB_A);
    assert.equal(first.subscriptionName, 'First');
    assert.equal(first.thumbprint, pki.client.thumbprint);
    assert.equal(first.serviceManagementUrl, 'https://management.core.windows.net');
  });

  it('selects a subscription by id, ignoring case', () => {
    const xml = toPublishSettings20([
      { id: SUB_A, name: 'First', certificate: publishSettingsCertificate(pki.client) },
      { id: SUB_B, name: 'Second', certificate: publishSettingsCertificate(pki.ecClient), url: 'https://127.0.0.1:8443' },
    ]);
    const second = ManagementCertificate.fromPublishSettings(xml, SUB_B.toLowerCase());
    assert.equal(second.subscriptionId, SUB_B);
    assert.equal(second.subscriptionName, 'Second');
    assert.equal(second.keyType, 'EC');
    assert.equal(second.thumbprint, pki.ecClient.thumbprint);
    assert.equal(second.serviceManagementUrl, 'https://127.0.0.1:8443');
    const inOneZero = toPublishSettings10(publishSettingsCertificate(pki.client), [{ id: SUB_A, name: 'A' }, { id: SUB_B, name: 'B' }]);
    assert.equal(ManagementCertificate.fromPublishSettings(inOneZero, SUB_B).subscriptionName, 'B');
  });

  it('reports a subscription id that is not in the file, listing the ones that are', () => {
    const xml = toPublishSettings10(publishSettingsCertificate(pki.client), [{ id: SUB_A, name: 'Dev' }]);
    assert.throws(() => ManagementCertificate.fromPublishSettings(xml, 'ffffffff-0000-4000-8000-000000000000'), {
      code: CODES.SubscriptionNotInPublishSettings,
      message: new RegExp(`ffffffff-0000-4000-8000-000000000000 is not in the publish settings \\(found: ${SUB_A} \\(Dev\\)\\)`),
    });
  });

  it('rejects text that is not publish settings', () => {
    const inputs = ['', 'plain text', '<html><body>Sign in</body></html>', '<PublishData><PublishProfile/></PublishData>', '<PublishData'];
    for (const input of inputs) {
      assert.throws(() => ManagementCertificate.fromPublishSettings(input), { code: CODES.PublishSettingsInvalid });
    }
  });

  it('rejects a ManagementCertificate attribute that is not a PFX', () => {
    const xml = toPublishSettings20([{ id: SUB_A, name: 'A', certificate: Buffer.from('garbage').toString('base64') }]);
    assert.throws(() => ManagementCertificate.fromPublishSettings(xml), { code: CODES.CertificateInvalid });
  });

  it('checks the validity of the certificate in the file', () => {
    const xml = toPublishSettings20([{ id: SUB_A, name: 'A', certificate: publishSettingsCertificate(pki.expiredClient) }]);
    assert.throws(() => ManagementCertificate.fromPublishSettings(xml), { code: CODES.CertificateExpired });
  });
});
