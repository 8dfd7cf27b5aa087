import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { describe, it } from 'node:test';
import { ManagementCertificate } from '../../../src/management/credentials/index.ts';
import { MANAGEMENT_ERROR_CODES as CODES, isManagementError } from '../../../src/management/errors/index.ts';
import { getTestPki, toPem } from '../../helpers/pki.ts';

const pki = getTestPki();

describe('ManagementCertificate.fromPem', () => {
  it('reads an RSA certificate followed by its PKCS#8 key and exposes its facts', () => {
    const certificate = ManagementCertificate.fromPem(toPem(pki.client));
    assert.equal(certificate.thumbprint, pki.client.thumbprint);
    assert.equal(certificate.subject, 'CN=asm-chatops test client, O=asm-chatops tests');
    assert.equal(certificate.issuer, 'CN=asm-chatops test CA');
    assert.equal(certificate.keyType, 'RSA');
    assert.deepEqual(certificate.notBefore, pki.client.notBefore);
    assert.deepEqual(certificate.notAfter, pki.client.notAfter);
    assert.equal(new X509Certificate(certificate.certificatePem).fingerprint, new X509Certificate(pki.client.certPem).fingerprint);
  });

  it('gives the thumbprint openssl prints, in upper-case hex without colons', () => {
    const output = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha1'], { input: pki.client.certPem }).toString();
    const expected = output.trim().split('=')[1]?.replaceAll(':', '').toUpperCase();
    const thumbprint = ManagementCertificate.fromPem(toPem(pki.client)).thumbprint;
    assert.equal(thumbprint, expected);
    assert.match(thumbprint, /^[0-9A-F]{40}$/);
  });

  it('accepts the key before the certificate and a PKCS#1 key', () => {
    const certificate = ManagementCertificate.fromPem(toPem(pki.client, { keyFirst: true, keyEncoding: 'traditional' }));
    assert.match(toPem(pki.client, { keyEncoding: 'traditional' }), /BEGIN RSA PRIVATE KEY/);
    assert.equal(certificate.thumbprint, pki.client.thumbprint);
  });

  it('accepts bytes as well as text', () => {
    const certificate = ManagementCertificate.fromPem(Buffer.from(toPem(pki.client)));
    assert.equal(certificate.thumbprint, pki.client.thumbprint);
  });

  it('reads an EC certificate with an EC PRIVATE KEY block or a PKCS#8 key', () => {
    const sec1 = toPem(pki.ecClient, { keyEncoding: 'traditional' });
    assert.match(sec1, /BEGIN EC PRIVATE KEY/);
    for (const pem of [sec1, toPem(pki.ecClient, { keyFirst: true })]) {
      const certificate = ManagementCertificate.fromPem(pem);
      assert.equal(certificate.keyType, 'EC');
      assert.equal(certificate.thumbprint, pki.ecClient.thumbprint);
      assert.equal(certificate.subject, 'CN=asm-chatops test EC client');
    }
  });

  it('decrypts an encrypted PKCS#8 key (RSA and EC) with its password', () => {
    for (const identity of [pki.client, pki.ecClient]) {
      const pem = toPem(identity, { keyEncoding: 'encrypted-pkcs8', password: 'pä55 word' });
      assert.match(pem, /BEGIN ENCRYPTED PRIVATE KEY/);
      const certificate = ManagementCertificate.fromPem(pem, { password: 'pä55 word' });
      assert.equal(certificate.thumbprint, identity.thumbprint);
    }
  });

  it('decrypts a legacy encrypted PEM key', () => {
    const pem = toPem(pki.client, { keyEncoding: 'encrypted-traditional', password: 'secret-1' });
    assert.match(pem, /Proc-Type: 4,ENCRYPTED/);
    assert.equal(ManagementCertificate.fromPem(pem, { password: 'secret-1' }).thumbprint, pki.client.thumbprint);
  });

  it('asks for the password of an encrypted key, and reports a wrong one without echoing it', () => {
    const pem = toPem(pki.client, { keyEncoding: 'encrypted-pkcs8', password: 'right-password' });
    assert.throws(() => ManagementCertificate.fromPem(pem), { code: CODES.CertificatePasswordRequired });
    assert.throws(() => ManagementCertificate.fromPem(pem, { password: 'wrong-password' }), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.CertificateWrongPassword);
      assert.match(error.message, /check the password/i);
      assert.doesNotMatch(error.message, /wrong-password|right-password/);
      return true;
    });
    const legacy = toPem(pki.client, { keyEncoding: 'encrypted-traditional', password: 'right-password' });
    assert.throws(() => ManagementCertificate.fromPem(legacy, { password: 'nope' }), { code: CODES.CertificateWrongPassword });
  });

  it('reports a certificate without its private key', () => {
    assert.throws(() => ManagementCertificate.fromPem(pki.client.certPem), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.CertificateMissingKey);
      assert.match(error.message, /with its private key/);
      return true;
    });
  });

  it('reports a key that belongs to another certificate, RSA or EC', () => {
    assert.throws(() => ManagementCertificate.fromPem(pki.client.certPem + pki.strangerClient.keyPem), {
      code: CODES.CertificateKeyMismatch,
      message: new RegExp(pki.client.thumbprint),
    });
    assert.throws(() => ManagementCertificate.fromPem(pki.client.certPem + pki.ecClient.keyPem), { code: CODES.CertificateKeyMismatch });
  });

  it('picks the certificate that matches the key when the file also holds its CA', () => {
    const certificate = ManagementCertificate.fromPem(pki.ca.certPem + toPem(pki.client));
    assert.equal(certificate.thumbprint, pki.client.thumbprint);
    const blocks = certificate.certificatePem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    const thumbprints = blocks.map((block) => new X509Certificate(block).fingerprint.replaceAll(':', ''));
    assert.deepEqual(thumbprints, [pki.client.thumbprint, pki.ca.thumbprint]);
  });

  it('rejects text that holds no certificate: empty, garbage, HTML, a lone key', () => {
    const inputs = ['', 'not a certificate at all', '<!DOCTYPE html><html><body>Sign in</body></html>', pki.client.keyPem];
    for (const input of inputs) {
      assert.throws(() => ManagementCertificate.fromPem(input), { code: CODES.CertificateInvalid });
    }
    const brokenBody = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n' + pki.client.keyPem;
    assert.throws(() => ManagementCertificate.fromPem(brokenBody), { code: CODES.CertificateInvalid });
  });

  it('rejects expired and not yet valid certificates against the injected clock', () => {
    assert.throws(() => ManagementCertificate.fromPem(toPem(pki.expiredClient)), { code: CODES.CertificateExpired });
    assert.throws(() => ManagementCertificate.fromPem(toPem(pki.notYetValidClient)), { code: CODES.CertificateNotYetValid });
    const inWindow = new Date(pki.expiredClient.notBefore.getTime() + 1000);
    const loaded = ManagementCertificate.fromPem(toPem(pki.expiredClient), { now: () => inWindow });
    assert.equal(loaded.thumbprint, pki.expiredClient.thumbprint);
    const afterEnd = new Date(pki.client.notAfter.getTime() + 1000);
    assert.throws(() => ManagementCertificate.fromPem(toPem(pki.client), { now: () => afterEnd }), { code: CODES.CertificateExpired });
  });

  it('rejects keys other than RSA and EC', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    assert.throws(() => ManagementCertificate.fromPem(pki.client.certPem + ed), { code: CODES.CertificateUnsupportedKey });
  });
});
