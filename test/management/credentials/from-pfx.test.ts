import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManagementCertificate } from '../../../src/management/credentials/index.ts';
import { MANAGEMENT_ERROR_CODES as CODES, isManagementError } from '../../../src/management/errors/index.ts';
import { getTestPki, toPfx } from '../../helpers/pki.ts';

const pki = getTestPki();

describe('ManagementCertificate.fromPfx', () => {
  it('opens a password-protected PFX made by node-forge (3DES, SHA-1 MAC)', () => {
    const certificate = ManagementCertificate.fromPfx(toPfx(pki.client, 'pfx-pass', 'forge'), 'pfx-pass');
    assert.equal(certificate.thumbprint, pki.client.thumbprint);
    assert.equal(certificate.keyType, 'RSA');
    assert.equal(certificate.subject, pki.client.subject);
  });

  it('opens a PFX made by openssl 3 (AES-256, PBKDF2, SHA-256 MAC)', () => {
    const certificate = ManagementCertificate.fromPfx(toPfx(pki.client, 'pfx-pass', 'openssl'), 'pfx-pass');
    assert.equal(certificate.thumbprint, pki.client.thumbprint);
  });

  it('opens an EC PFX, whose key and certificate node-forge cannot decode itself', () => {
    const certificate = ManagementCertificate.fromPfx(toPfx(pki.ecClient, 'ec-pass'), 'ec-pass');
    assert.equal(certificate.keyType, 'EC');
    assert.equal(certificate.thumbprint, pki.ecClient.thumbprint);
  });

  it('opens a PFX with an empty password whether or not the password is given', () => {
    const bytes = toPfx(pki.client, '');
    assert.equal(ManagementCertificate.fromPfx(bytes).thumbprint, pki.client.thumbprint);
    assert.equal(ManagementCertificate.fromPfx(bytes, '').thumbprint, pki.client.thumbprint);
  });

  it('reports a wrong password, and a missing one, without echoing it', () => {
    const bytes = toPfx(pki.client, 'the-right-one');
    assert.throws(() => ManagementCertificate.fromPfx(bytes, 'not-the-right-one'), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.CertificateWrongPassword);
      assert.match(error.message, /check the password/i);
      assert.doesNotMatch(error.message, /the-right-one|not-the-right-one/);
      return true;
    });
    assert.throws(() => ManagementCertificate.fromPfx(bytes), { code: CODES.CertificatePasswordRequired });
    assert.throws(() => ManagementCertificate.fromPfx(toPfx(pki.ecClient, 'x1'), 'x2'), { code: CODES.CertificateWrongPassword });
  });

  it('rejects bytes that are not a PFX: empty, text, HTML, a PEM file', () => {
    const inputs = [new Uint8Array(0), Buffer.from('hello'), Buffer.from('<html><body>Login</body></html>'), Buffer.from(pki.client.certPem)];
    for (const bytes of inputs) {
      assert.throws(() => ManagementCertificate.fromPfx(bytes, 'x'), { code: CODES.CertificateInvalid });
    }
  });

  it('applies the validity check to PFX certificates', () => {
    assert.throws(() => ManagementCertificate.fromPfx(toPfx(pki.expiredClient, 'p'), 'p'), { code: CODES.CertificateExpired });
    assert.throws(() => ManagementCertificate.fromPfx(toPfx(pki.notYetValidClient, 'p'), 'p'), { code: CODES.CertificateNotYetValid });
    const inWindow = new Date(pki.notYetValidClient.notBefore.getTime() + 1000);
    const loaded = ManagementCertificate.fromPfx(toPfx(pki.notYetValidClient, 'p'), 'p', { now: () => inWindow });
    assert.equal(loaded.thumbprint, pki.notYetValidClient.thumbprint);
  });
});
