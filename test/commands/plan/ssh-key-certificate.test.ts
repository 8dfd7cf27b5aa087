import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { sshKeyCertificate } from '../../../src/commands/plan/ssh-key-certificate.ts';
import { openSshPublicKey } from '../../helpers/commands.ts';

/** An OpenSSH public key line, built from a fresh RSA key. */
const openSshKey = () => openSshPublicKey('me@laptop');

describe('sshKeyCertificate', () => {
  it('carries exactly the SSH public key, with the thumbprint of its DER', () => {
    const { line, publicKey } = openSshKey();
    const certificate = sshKeyCertificate(line, 'azureuser@web1');
    const der = Buffer.from(certificate.data, 'base64');
    const x509 = new X509Certificate(der);
    assert.equal(x509.publicKey.export({ format: 'jwk' }).n, publicKey.export({ format: 'jwk' }).n);
    assert.equal(certificate.thumbprint, createHash('sha1').update(der).digest('hex').toUpperCase());
    assert.match(x509.subject, /CN=azureuser@web1/);
  });
});
