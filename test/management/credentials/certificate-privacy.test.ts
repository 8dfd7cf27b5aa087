import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { createPrivateKey } from 'node:crypto';
import { ManagementCertificate } from '../../../src/management/credentials/index.ts';
import { getTestPki, toPem } from '../../helpers/pki.ts';

const pki = getTestPki();
const keyBody = (pem: string) => pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----')).join('');

describe('ManagementCertificate privacy', () => {
  const certificate = ManagementCertificate.fromPem(toPem(pki.client));
  const keyLine = keyBody(certificate.privateKeyPem).slice(0, 40);

  it('hands the transport its private key', () => {
    // A PKCS#8 PEM that Node reads as the private half of the test key.
    assert.equal(createPrivateKey(certificate.privateKeyPem).export({ type: 'pkcs8', format: 'pem' }), certificate.privateKeyPem);
    assert.equal(keyBody(certificate.privateKeyPem), keyBody(pki.client.keyPem));
  });

  it('serialises to public facts only', () => {
    const json = JSON.stringify(certificate);
    assert.deepEqual(JSON.parse(json), {
      thumbprint: pki.client.thumbprint,
      subject: pki.client.subject,
      issuer: 'CN=asm-chatops test CA',
      notBefore: pki.client.notBefore.toISOString(),
      notAfter: pki.client.notAfter.toISOString(),
      keyType: 'RSA',
    });
    assert.ok(!json.includes(keyLine));
    assert.ok(!json.includes('PRIVATE KEY'));
  });

  it('prints public facts only through util.inspect and console formatting', () => {
    for (const text of [inspect(certificate), inspect({ nested: { certificate } }, { depth: 5 }), `${inspect([certificate], { showHidden: true })}`]) {
      assert.match(text, new RegExp(pki.client.thumbprint));
      assert.ok(!text.includes(keyLine));
      assert.ok(!text.includes('PRIVATE KEY'));
    }
  });

  it('keeps the key out of its own enumerable properties', () => {
    const values = Object.values(certificate).map(String).join('\n');
    assert.ok(!values.includes(keyLine));
    assert.equal(Object.keys(certificate).includes('privateKeyPem'), false);
  });
});
