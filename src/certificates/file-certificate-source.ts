import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { ManagementCertificate } from '../management/index.ts';
import { hintFor } from './certificate-hints.ts';
import type { CertificateSource } from './certificate-source.ts';
import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, CertificateSourceError } from './certificate-source-error.ts';
import { decodeCertificate, sniffFormat, type CertificateFormat } from './decode-certificate.ts';

export interface LoadCertificateFileOptions {
  /** Of a PFX or an encrypted PEM key. */
  readonly password?: string;
  /** Picks it from publish settings; without it, publish settings must list one subscription only. */
  readonly subscriptionId?: string;
  readonly now?: () => Date;
}

const BY_EXTENSION: Readonly<Record<string, CertificateFormat>> = {
  '.publishsettings': 'publishsettings', '.pfx': 'pfx', '.p12': 'pfx', '.pem': 'pem',
};

function formatOf(path: string, bytes: Uint8Array): CertificateFormat {
  const sniffed = sniffFormat(bytes);
  // Publish settings are recognised by content whatever the name; otherwise the extension wins.
  if (sniffed === 'publishsettings') return sniffed;
  return BY_EXTENSION[extname(path).toLowerCase()] ?? sniffed;
}

function unreadable(path: string, error: unknown): CertificateSourceError {
  const code = (error as { code?: string }).code;
  return new CertificateSourceError({
    code: CODES.FileNotReadable,
    message: code === 'ENOENT' ? `The certificate file ${path} does not exist.` : `The certificate file ${path} cannot be read (${code ?? 'error'}).`,
    hint: hintFor(CODES.FileNotReadable, 'file'),
    details: { path, ...(code === undefined ? {} : { errno: code }) },
    cause: error,
  });
}

function decodeFile(path: string, bytes: Uint8Array, options: LoadCertificateFileOptions): ManagementCertificate {
  return decodeCertificate({
    bytes,
    format: formatOf(path, bytes),
    origin: 'file',
    ...(options.password === undefined ? {} : { password: options.password }),
    ...(options.subscriptionId === undefined ? {} : { subscriptionId: options.subscriptionId }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}

/** A management certificate from a PEM (certificate + key), a PFX/P12, or a `.publishsettings` file. */
export function loadCertificateFile(path: string, options: LoadCertificateFileOptions = {}): ManagementCertificate {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  return decodeFile(path, bytes, options);
}

export interface FileCertificateSourceOptions {
  /** Of every PFX or encrypted PEM key this source reads. */
  readonly password?: string;
  /** Relative `binding.certificate` paths are resolved against it; default the working directory. */
  readonly baseDir?: string;
  readonly now?: () => Date;
}

/** Reads `binding.certificate` as a file path; publish settings must hold `binding.subscriptionId`. */
export function createFileCertificateSource(options: FileCertificateSourceOptions = {}): CertificateSource {
  return {
    async get(binding, { abortSignal } = {}) {
      const path = resolve(options.baseDir ?? process.cwd(), binding.certificate);
      let bytes: Buffer;
      try {
        bytes = await readFile(path, abortSignal === undefined ? {} : { signal: abortSignal });
      } catch (error) {
        if ((error as { name?: string }).name === 'AbortError') throw error;
        throw unreadable(path, error);
      }
      return decodeFile(path, bytes, { ...options, subscriptionId: binding.subscriptionId });
    },
  };
}
