import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { sshKeyCertificate } from '../../../src/commands/plan/ssh-key-certificate.ts';

function field(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** An OpenSSH public key line, built from a fresh RSA key. */
function openSshKey() {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const mpint = (b64url: string) => { const raw = Buffer.from(b64url, 'base64url'); return (raw[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw; };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e as string)), field(mpint(jwk.n as string))]);
  return { line: `ssh-rsa ${blob.toString('base64')} me@laptop`, publicKey };
}

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
