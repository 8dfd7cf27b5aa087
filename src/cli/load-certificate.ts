import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  CERTIFICATE_SOURCE_ERROR_CODES as CODES, isCertificateSourceError, loadCertificateFile, type CertificateSourceError,
} from '../certificates/index.ts';
import { CommandError } from '../commands/index.ts';
import type { ManagementCertificate } from '../management/index.ts';

const CA_HINT = 'Check --ca / ASM_CA_FILE: a PEM file of the certificate(s) that issued the server certificate.';
const CERT_HINT = 'Check --cert / ASM_CERT_FILE: a PEM with certificate and key, a .pfx, or a .publishsettings file.';
const SUBSCRIPTION_HINT = 'Pass --subscription <id> (or set ASM_SUBSCRIPTION_ID) with one of the ids listed.';

const CERTIFICATE_BLOCK = /-----BEGIN (?:TRUSTED |X509 )?CERTIFICATE-----\s+([A-Za-z0-9+/=\s]+?)-----END (?:TRUSTED |X509 )?CERTIFICATE-----/g;

// A missing CA is a certificate setting gone wrong, like a missing --cert: both are exit 3 (auth).
function caProblem(message: string, cause?: unknown): CommandError {
  return new CommandError({ code: 'CA_NOT_USABLE', kind: 'auth', message, hint: CA_HINT, ...(cause === undefined ? {} : { cause }) });
}

/** The CA file as PEM text: it must hold at least one readable certificate, and nothing else but text around it. */
export function readCaFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === 'ENOENT' ? `The CA file ${path} does not exist.` : `The CA file ${path} cannot be read (${code ?? 'error'}).`;
    throw new CommandError({ code: 'FILE_NOT_READABLE', kind: 'auth', cause: error, message, hint: CA_HINT });
  }
  const text = bytes.toString('utf8');
  const blocks = [...text.matchAll(CERTIFICATE_BLOCK)].map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'));
  if (blocks.length === 0) {
    const what = text.includes('-----BEGIN') ? 'holds no CERTIFICATE block' : 'is not PEM (no -----BEGIN CERTIFICATE----- block)';
    throw caProblem(`The CA file ${path} ${what}.`);
  }
  for (const der of blocks) {
    try {
      new X509Certificate(der);
    } catch (error) {
      throw caProblem(`The CA file ${path} holds a CERTIFICATE block that cannot be read.`, error);
    }
  }
  return text;
}

export interface LoadCertificateOptions {
  readonly password?: string;
  readonly subscriptionId?: string;
}

/** A management certificate from a PEM (certificate + key), a PFX/P12, or a `.publishsettings` file. */
export function loadCertificate(path: string, options: LoadCertificateOptions): ManagementCertificate {
  try {
    return loadCertificateFile(path, options);
  } catch (error) {
    throw isCertificateSourceError(error) ? forTheCli(error) : error;
  }
}

function forTheCli(error: CertificateSourceError): Error {
  if (error.code === CODES.FileNotReadable) {
    return new CommandError({ code: 'FILE_NOT_READABLE', kind: 'auth', cause: error, message: error.message, hint: CERT_HINT });
  }
  if (error.code === CODES.SeveralSubscriptions) {
    return new CommandError({ code: error.code, kind: 'usage', cause: error, message: error.message, hint: SUBSCRIPTION_HINT });
  }
  return error;
}
