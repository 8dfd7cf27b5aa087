import { createHash, X509Certificate, type KeyObject } from 'node:crypto';
import { certificateErrors } from './certificate-errors.ts';
import type { CertificateMaterial, MaterialSource } from './certificate-material.ts';

export type ManagementKeyType = 'RSA' | 'EC';

/** Everything a ManagementCertificate holds, after all checks passed. */
export interface CheckedCertificate {
  thumbprint: string;
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  keyType: ManagementKeyType;
  certificatePem: string;
  privateKeyPem: string;
}

const KEY_TYPES: Readonly<Record<string, ManagementKeyType>> = { rsa: 'RSA', ec: 'EC' };

/** Finds the certificate the key belongs to, then checks key type and validity at `now`. */
export function checkMaterial(material: CertificateMaterial, source: MaterialSource, now: Date): CheckedCertificate {
  const certificates = material.certificates.map((der) => parseCertificate(der, source));
  const first = certificates[0];
  if (first === undefined) throw certificateErrors.notACertificate(source);
  const key = material.key;
  if (key === undefined) throw certificateErrors.missingKey(source);
  const keyType = KEY_TYPES[key.asymmetricKeyType ?? ''];
  if (keyType === undefined) throw certificateErrors.unsupportedKey(source, key.asymmetricKeyType ?? 'unknown');
  const leaf = certificates.find((certificate) => matches(certificate, key));
  if (leaf === undefined) throw certificateErrors.keyMismatch(source, thumbprintOf(first));
  const thumbprint = thumbprintOf(leaf);
  if (now.getTime() < leaf.validFromDate.getTime()) throw certificateErrors.notYetValid(thumbprint, leaf.validFromDate);
  if (now.getTime() > leaf.validToDate.getTime()) throw certificateErrors.expired(thumbprint, leaf.validToDate);
  // The rest of the file (intermediates) travels with the leaf in the TLS handshake.
  const chain = [leaf, ...certificates.filter((c) => c !== leaf && thumbprintOf(c) !== thumbprint)];
  return {
    thumbprint,
    subject: readableName(leaf.subject),
    issuer: readableName(leaf.issuer),
    notBefore: leaf.validFromDate,
    notAfter: leaf.validToDate,
    keyType,
    certificatePem: chain.map((c) => c.toString()).join(''),
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

function parseCertificate(der: Buffer, source: MaterialSource): X509Certificate {
  try {
    return new X509Certificate(der);
  } catch {
    throw certificateErrors.notACertificate(source, ' Its certificate block cannot be parsed.');
  }
}

function matches(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    return false;
  }
}

/** SHA-1 of the DER in upper-case hex without separators, as the Azure portal shows it. */
export function thumbprintOf(certificate: X509Certificate): string {
  return createHash('sha1').update(certificate.raw).digest('hex').toUpperCase();
}

// Node prints one RDN per line; a single line reads better in messages and logs.
function readableName(name: string): string {
  return name.split('\n').filter((part) => part !== '').join(', ');
}
