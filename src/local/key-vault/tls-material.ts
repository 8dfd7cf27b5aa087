import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface TlsMaterial {
  /** The CA a client must trust to talk to the stand-in. */
  readonly caPem: string;
  readonly certPem: string;
  readonly keyPem: string;
}

const HOUR_MS = 3600 * 1000;

function rsaKeys(): { key: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; keyPem: string } {
  // Node's generator: node-forge's pure JavaScript one takes seconds per key.
  const keyPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  return { key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e), keyPem };
}

function certificate(publicKey: forge.pki.PublicKey, commonName: string, now: Date): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = '01' + randomBytes(15).toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - HOUR_MS);
  cert.validity.notAfter = new Date(now.getTime() + 365 * 24 * HOUR_MS);
  cert.setSubject([{ name: 'commonName', value: commonName }]);
  return cert;
}

/** A throwaway CA and a server certificate for localhost, 127.0.0.1 and ::1, made per start. */
export function createTlsMaterial(now = new Date()): TlsMaterial {
  const ca = rsaKeys();
  const caCert = certificate(ca.publicKey, 'Key Vault stand-in local CA', now);
  caCert.setIssuer(caCert.subject.attributes);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  caCert.sign(ca.key, forge.md.sha256.create());
  const server = rsaKeys();
  const serverCert = certificate(server.publicKey, 'localhost', now);
  serverCert.setIssuer(caCert.subject.attributes);
  serverCert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
  ]);
  serverCert.sign(ca.key, forge.md.sha256.create());
  return { caPem: forge.pki.certificateToPem(caCert), certPem: forge.pki.certificateToPem(serverCert), keyPem: server.keyPem };
}
