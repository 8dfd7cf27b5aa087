import { createPrivateKey, type KeyObject } from 'node:crypto';
import type * as Forge from 'node-forge';
import { certificateErrors } from './certificate-errors.ts';
import type { CertificateMaterial, MaterialSource } from './certificate-material.ts';
import { forge } from './forge.ts';
import { asn1ToDer, toForgeBuffer } from './forge-bytes.ts';

const PASSWORD_FAILURE = /password|MAC could not be verified|decrypt/i;

/** Opens a PKCS#12 (PFX) file; an absent or empty password also tries the "no password" encoding Windows uses. */
export function readPfx(bytes: Uint8Array, password: string | undefined, source: MaterialSource): CertificateMaterial {
  if (bytes.byteLength === 0) throw certificateErrors.notACertificate(source, ' It is empty.');
  let asn1: Forge.asn1.Asn1;
  try {
    asn1 = forge().asn1.fromDer(toForgeBuffer(bytes), false);
  } catch {
    throw certificateErrors.notACertificate(source, ' It is not a PKCS#12 (PFX) file.');
  }
  const candidates: Array<string | undefined> = password === undefined || password === '' ? ['', undefined] : [password];
  for (const candidate of candidates) {
    const pfx = openWith(asn1, candidate, source);
    if (pfx !== undefined) return collect(pfx, source);
  }
  throw password === undefined ? certificateErrors.passwordRequired(source) : certificateErrors.wrongPassword(source);
}

function openWith(asn1: Forge.asn1.Asn1, password: string | undefined, source: MaterialSource): Forge.pkcs12.Pkcs12Pfx | undefined {
  try {
    // forge encodes `undefined` as a zero-length password and '' as a lone terminating NUL.
    return forge().pkcs12.pkcs12FromAsn1(asn1, false, password as string);
  } catch (error) {
    if (PASSWORD_FAILURE.test(String((error as Error).message))) return undefined;
    throw certificateErrors.notACertificate(source, ' It is not a PKCS#12 (PFX) file.');
  }
}

function collect(pfx: Forge.pkcs12.Pkcs12Pfx, source: MaterialSource): CertificateMaterial {
  const certificates: Buffer[] = [];
  let key: KeyObject | undefined;
  for (const bag of pfx.safeContents.flatMap((contents) => contents.safeBags)) {
    if (bag.type === forge().pki.oids.certBag) {
      // forge decodes only RSA certificates; for others (EC) it keeps the raw ASN.1.
      certificates.push(asn1ToDer(bag.cert ? forge().pki.certificateToAsn1(bag.cert) : bag.asn1));
    } else if (key === undefined && (bag.type === forge().pki.oids.keyBag || bag.type === forge().pki.oids.pkcs8ShroudedKeyBag)) {
      key = bagKey(bag, source);
    }
  }
  if (certificates.length === 0) throw certificateErrors.notACertificate(source, ' The PFX holds no certificate.');
  return key === undefined ? { certificates } : { certificates, key };
}

function bagKey(bag: Forge.pkcs12.Bag, source: MaterialSource): KeyObject {
  try {
    if (bag.key) return createPrivateKey({ key: asn1ToDer(forge().pki.privateKeyToAsn1(bag.key)), format: 'der', type: 'pkcs1' });
    return createPrivateKey({ key: asn1ToDer(bag.asn1), format: 'der', type: 'pkcs8' });
  } catch {
    throw certificateErrors.notACertificate(source, ' Its private key cannot be read.');
  }
}
