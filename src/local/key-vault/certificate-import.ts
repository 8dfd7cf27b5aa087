import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { SecretInput } from './vault-state.ts';

export type CertificateContentType = 'application/x-pkcs12' | 'application/x-pem-file';

/** What `az keyvault certificate import` takes: a PFX (with its password) or PEM text with key and certificate(s). */
export type CertificateImport =
  | { readonly pfx: Uint8Array; readonly password?: string }
  | { readonly pem: string };

export interface ImportOptions {
  /** The policy's secret content type; PKCS#12 unless said. */
  readonly contentType?: CertificateContentType;
  readonly tags?: Readonly<Record<string, string>>;
  readonly enabled?: boolean;
}

interface Parts {
  readonly key: forge.pki.rsa.PrivateKey;
  readonly certificates: forge.pki.Certificate[];
}

// node-forge models RSA keys only; management certificates are RSA, and so is this stand-in's import.
function fromPfx(bytes: Uint8Array, password: string): Parts {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')), false);
  const pfx = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  const bags = pfx.safeContents.flatMap((c) => c.safeBags);
  const key = bags.find((b) => b.key !== undefined)?.key as forge.pki.rsa.PrivateKey | undefined;
  const certificates = bags.flatMap((b) => (b.cert ? [b.cert] : []));
  if (key === undefined || certificates.length === 0) throw new Error('The PFX must hold a certificate and its private key.');
  return { key, certificates };
}

function fromPem(text: string): Parts {
  const blocks = forge.pem.decode(text);
  const keyBlock = blocks.find((b) => /PRIVATE KEY$/.test(b.type));
  const certificates = blocks.filter((b) => b.type === 'CERTIFICATE').map((b) => forge.pki.certificateFromPem(forge.pem.encode(b)));
  if (keyBlock === undefined || certificates.length === 0) throw new Error('The PEM must hold a private key and a certificate.');
  return { key: forge.pki.privateKeyFromPem(forge.pem.encode(keyBlock)) as forge.pki.rsa.PrivateKey, certificates };
}

/**
 * The secret Key Vault keeps for an imported certificate: base64 PKCS#12 with an empty password,
 * or PEM (key first, then the certificates), with `nbf`/`exp` from the certificate's validity.
 */
export function certificateSecret(input: CertificateImport, options: ImportOptions = {}): SecretInput {
  const parts = 'pem' in input ? fromPem(input.pem) : fromPfx(input.pfx, input.password ?? '');
  const contentType = options.contentType ?? 'application/x-pkcs12';
  const value = contentType === 'application/x-pem-file'
    ? forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(parts.key))) + parts.certificates.map((c) => forge.pki.certificateToPem(c)).join('')
    : Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(parts.key, parts.certificates, '', { algorithm: 'aes256' })).getBytes(), 'binary').toString('base64');
  const leaf = new X509Certificate(forge.pki.certificateToPem(parts.certificates[0] as forge.pki.Certificate));
  return {
    value,
    contentType,
    certificateBacked: true,
    nbf: Math.floor(leaf.validFromDate.getTime() / 1000),
    exp: Math.floor(leaf.validToDate.getTime() / 1000),
    ...(options.tags === undefined ? {} : { tags: options.tags }),
    ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
  };
}
