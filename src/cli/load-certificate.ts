import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CommandError } from '../commands/index.ts';
import { ManagementCertificate } from '../management/index.ts';

function read(path: string, what: string, hint: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CommandError({
      code: 'FILE_NOT_READABLE', kind: what === 'certificate' ? 'auth' : 'usage', cause: error,
      message: code === 'ENOENT' ? `The ${what} file ${path} does not exist.` : `The ${what} file ${path} cannot be read (${code ?? 'error'}).`,
      hint,
    });
  }
}

export function readCaFile(path: string): string {
  return read(path, 'CA', 'Check --ca / ASM_CA_FILE: a PEM file of the certificate(s) that issued the server certificate.').toString('utf8');
}

/** A management certificate from a PEM (certificate + key), a PFX/P12, or a `.publishsettings` file. */
export function loadCertificate(path: string, options: { readonly password?: string; readonly subscriptionId?: string }): ManagementCertificate {
  const bytes = read(path, 'certificate', 'Check --cert / ASM_CERT_FILE: a PEM with certificate and key, a .pfx, or a .publishsettings file.');
  const text = bytes.toString('utf8');
  const extension = extname(path).toLowerCase();
  if (extension === '.publishsettings' || /<PublishData[\s>]/.test(text)) return ManagementCertificate.fromPublishSettings(text, options.subscriptionId);
  if (extension === '.pfx' || extension === '.p12' || !text.includes('-----BEGIN')) return ManagementCertificate.fromPfx(bytes, options.password);
  return ManagementCertificate.fromPem(text, options.password === undefined ? {} : { password: options.password });
}
