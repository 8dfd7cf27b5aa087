import { describeSubscription, isManagementError, listPublishSettingsSubscriptions, ManagementCertificate } from '../management/index.ts';
import { hintFor, type CertificateOrigin } from './certificate-hints.ts';
import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, CertificateSourceError, type CertificateSourceErrorCode } from './certificate-source-error.ts';

export type CertificateFormat = 'pem' | 'pfx' | 'publishsettings';

export interface DecodeInput {
  readonly bytes: Uint8Array;
  readonly format: CertificateFormat;
  readonly origin: CertificateOrigin;
  readonly password?: string;
  /** Picks it from publish settings; without it, publish settings must list exactly one subscription. */
  readonly subscriptionId?: string;
  readonly now?: () => Date;
  /** Put before the message, e.g. `Secret mgmt in https://kv.vault.azure.net: `. */
  readonly where?: string;
}

const KNOWN = new Set<string>(Object.values(CODES));

/** Sniffs the format of file content: publish settings, PEM (any text), or else PKCS#12. */
export function sniffFormat(bytes: Uint8Array): CertificateFormat {
  const text = Buffer.from(bytes).toString('utf8');
  if (/<PublishData[\s>]/.test(text)) return 'publishsettings';
  if (text.includes('-----BEGIN') || looksLikeText(bytes, text)) return 'pem';
  return 'pfx';
}

// A PFX is DER (starts with 0x30 and holds bytes that are not UTF-8); text decodes cleanly and has no NUL.
function looksLikeText(bytes: Uint8Array, text: string): boolean {
  return bytes.byteLength > 0 && bytes[0] !== 0x30 && !text.includes('\uFFFD') && !text.includes('\u0000');
}

/** A checked ManagementCertificate, or a CertificateSourceError saying what to do. */
export function decodeCertificate(input: DecodeInput): ManagementCertificate {
  const options = input.now === undefined ? {} : { now: input.now };
  try {
    if (input.format === 'pfx') return ManagementCertificate.fromPfx(input.bytes, input.password, options);
    const text = Buffer.from(input.bytes).toString('utf8');
    if (input.format === 'pem' && !text.includes('-----BEGIN')) throw noPemBlock(input);
    if (input.format === 'pem') return ManagementCertificate.fromPem(text, { ...options, ...(input.password === undefined ? {} : { password: input.password }) });
    if (input.subscriptionId === undefined) checkSingleSubscription(text, input);
    return ManagementCertificate.fromPublishSettings(text, input.subscriptionId, options);
  } catch (error) {
    if (!isManagementError(error)) throw error;
    const code = (KNOWN.has(error.code) ? error.code : CODES.Invalid) as CertificateSourceErrorCode;
    throw new CertificateSourceError({
      code,
      message: `${input.where ?? ''}${error.message}`,
      hint: hintFor(code, input.origin),
      ...(error.details === undefined ? {} : { details: error.details }),
      cause: error,
    });
  }
}

function noPemBlock(input: DecodeInput): CertificateSourceError {
  return new CertificateSourceError({
    code: CODES.Invalid,
    message: `${input.where ?? ''}The PEM text holds no PEM block (-----BEGIN CERTIFICATE----- and a private key block), so it is not a management certificate.`,
    hint: hintFor(CODES.Invalid, input.origin),
  });
}

function checkSingleSubscription(text: string, input: DecodeInput): void {
  const listed = listPublishSettingsSubscriptions(text);
  if (listed.length <= 1) return;
  throw new CertificateSourceError({
    code: CODES.SeveralSubscriptions,
    message: `${input.where ?? ''}The publish settings list ${listed.length} subscriptions: ${listed.map(describeSubscription).join(', ')}. Which one to use was not said.`,
    hint: hintFor(CODES.SeveralSubscriptions, input.origin),
    details: { available: listed.map((s) => s.id) },
  });
}
