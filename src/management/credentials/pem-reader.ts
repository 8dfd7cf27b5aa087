import { createPrivateKey, type KeyObject } from 'node:crypto';
import type * as Forge from 'node-forge';
import { certificateErrors } from './certificate-errors.ts';
import type { CertificateMaterial } from './certificate-material.ts';
import { forge } from './forge.ts';
import { asn1ToDer } from './forge-bytes.ts';
import { readPemBlocks, type PemBlock } from './pem-blocks.ts';

const SOURCE = 'PEM text';
const CERTIFICATE_TYPES = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const KEY_FORMATS: Readonly<Record<string, 'pkcs8' | 'pkcs1' | 'sec1'>> = {
  'PRIVATE KEY': 'pkcs8',
  'RSA PRIVATE KEY': 'pkcs1',
  'EC PRIVATE KEY': 'sec1',
};

/** Splits PEM text (blocks in any order) into certificates and the first private key. */
export function readPem(text: string, password: string | undefined): CertificateMaterial {
  let messages: PemBlock[];
  try {
    messages = readPemBlocks(text);
  } catch {
    throw certificateErrors.notACertificate(SOURCE, ' Its PEM blocks are damaged.');
  }
  const certificates = messages.filter((m) => CERTIFICATE_TYPES.has(m.type)).map((m) => m.der);
  const keyMessage = messages.find((m) => m.type in KEY_FORMATS || m.type === 'ENCRYPTED PRIVATE KEY');
  if (certificates.length === 0) {
    const hint = keyMessage === undefined ? '' : ' It holds a private key but no CERTIFICATE block.';
    throw certificateErrors.notACertificate(SOURCE, hint);
  }
  return keyMessage === undefined ? { certificates } : { certificates, key: readKey(keyMessage, password) };
}

function readKey(message: PemBlock, password: string | undefined): KeyObject {
  if (/^4,\s*ENCRYPTED$/.test(message.headers['Proc-Type'] ?? '')) return readLegacyEncryptedKey(message, password);
  if (message.type === 'ENCRYPTED PRIVATE KEY') return readEncryptedPkcs8(message, password);
  return derToKey(message.der, KEY_FORMATS[message.type] ?? 'pkcs8');
}

function readEncryptedPkcs8(message: PemBlock, password: string | undefined): KeyObject {
  if (password === undefined) throw certificateErrors.passwordRequired(SOURCE);
  const { asn1, pki, util } = forge();
  let info: Forge.asn1.Asn1 | null = null;
  try {
    const encrypted = asn1.fromDer(message.der.toString('binary'));
    // PBES2 derives the key from the password's UTF-8 bytes; forge wants them as a binary string.
    info = pki.decryptPrivateKeyInfo(encrypted, util.encodeUtf8(password));
  } catch (error) {
    if (!/unsupported/i.test(String((error as Error).message))) throw certificateErrors.wrongPassword(SOURCE);
    // A scheme forge lacks (e.g. scrypt): let OpenSSL decrypt it.
    return readWithPassphrase(message.text, password);
  }
  if (info === null) throw certificateErrors.wrongPassword(SOURCE);
  return derToKey(asn1ToDer(info), 'pkcs8');
}

function readLegacyEncryptedKey(message: PemBlock, password: string | undefined): KeyObject {
  if (password === undefined) throw certificateErrors.passwordRequired(SOURCE);
  return readWithPassphrase(message.text, password);
}

function readWithPassphrase(pem: string, password: string): KeyObject {
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase: password });
  } catch {
    throw certificateErrors.wrongPassword(SOURCE);
  }
}

function derToKey(der: Buffer, type: 'pkcs8' | 'pkcs1' | 'sec1'): KeyObject {
  try {
    return createPrivateKey({ key: der, format: 'der', type });
  } catch {
    throw certificateErrors.notACertificate(SOURCE, ' Its private key block cannot be read.');
  }
}
