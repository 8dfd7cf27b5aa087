import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface SshKeyCertificate {
  /** Base64 DER of an X.509 certificate carrying the SSH public key. */
  readonly data: string;
  /** SHA-1 of the DER, upper-case hex, as the service names certificates. */
  readonly thumbprint: string;
}

function readField(blob: Buffer, at: number): { value: Buffer; next: number } {
  const length = blob.readUInt32BE(at);
  return { value: blob.subarray(at + 4, at + 4 + length), next: at + 4 + length };
}

/**
 * The service only takes SSH keys as certificates uploaded to the cloud service, referenced by
 * thumbprint; the VM agent then writes the certificate's public key to `authorized_keys`. This
 * wraps an OpenSSH RSA public key in such a certificate (signed by a throwaway key: only the public
 * key it carries matters).
 */
export function sshKeyCertificate(openSshKey: string, subject: string): SshKeyCertificate {
  const blob = Buffer.from(openSshKey.trim().split(/\s+/)[1] ?? '', 'base64');
  const type = readField(blob, 0);
  const exponent = readField(blob, type.next);
  const modulus = readField(blob, exponent.next);
  const publicKey = forge.pki.setRsaPublicKey(
    new forge.jsbn.BigInteger(modulus.value.toString('hex'), 16),
    new forge.jsbn.BigInteger(exponent.value.toString('hex'), 16),
  );
  const signer = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000);
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setIssuer([{ name: 'commonName', value: 'asm ssh key carrier' }]);
  cert.sign(forge.pki.privateKeyFromPem(signer), forge.md.sha256.create());
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return { data: der.toString('base64'), thumbprint: createHash('sha1').update(der).digest('hex').toUpperCase() };
}
