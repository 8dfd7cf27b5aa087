import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CommandError } from '../commands/index.ts';
import { ManagementCertificate } from '../management/index.ts';

function read(path: string, what: string, hint: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === 'ENOENT'
      ? `The ${what} file ${path} does not exist.`
      : `The ${what} file ${path} cannot be read (${code ?? 'error'}).`;
    throw new CommandError({ code: 'FILE_NOT_READABLE', kind: what === 'certificate' ? 'auth' : 'usage', cause: error, message, hint });
  }
}

const CA_HINT = 'Check --ca / ASM_CA_FILE: a PEM file of the certificate(s) that issued the server certificate.';
const CERT_HINT = 'Check --cert / ASM_CERT_FILE: a PEM with certificate and key, a .pfx, or a .publishsettings file.';

export function readCaFile(path: string): string {
  return read(path, 'CA', CA_HINT).toString('utf8');
}

export interface LoadCertificateOptions {
  readonly password?: string;
  readonly subscriptionId?: string;
}

/** A management certificate from a PEM (certificate + key), a PFX/P12, or a `.publishsettings` file. */
export function loadCertificate(path: string, options: LoadCertificateOptions): ManagementCertificate {
  const bytes = read(path, 'certificate', CERT_HINT);
  const text = bytes.toString('utf8');
  const extension = extname(path).toLowerCase();
  if (extension === '.publishsettings' || /<PublishData[\s>]/.test(text)) {
    return ManagementCertificate.fromPublishSettings(text, options.subscriptionId);
  }
  if (extension === '.pfx' || extension === '.p12' || !text.includes('-----BEGIN')) {
    return ManagementCertificate.fromPfx(bytes, options.password);
  }
  return ManagementCertificate.fromPem(text, options.password === undefined ? {} : { password: options.password });
}
