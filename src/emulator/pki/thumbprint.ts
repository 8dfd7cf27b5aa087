import { createHash } from 'node:crypto';

/** SHA-1 of the DER certificate, upper-case hex without separators, as Azure shows thumbprints. */
export function thumbprintOfDer(der: Uint8Array): string {
  return createHash('sha1').update(der).digest('hex').toUpperCase();
}

/** The DER bytes of the first certificate in a PEM text, or of a base64 DER string. */
export function certificateDer(pemOrBase64: string): Buffer {
  const match = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pemOrBase64);
  const base64 = (match?.[1] ?? pemOrBase64).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    throw new TypeError('Expected a PEM certificate or the base64 of a DER certificate.');
  }
  return Buffer.from(base64, 'base64');
}

export function thumbprintOf(pemOrBase64: string): string {
  return thumbprintOfDer(certificateDer(pemOrBase64));
}
