/** Shapes of secrets that must never reach the audit table, even if someone pastes one into a command. */
const SECRET_SHAPES: readonly (readonly [RegExp, string])[] = [
  [/\bxox[abposr]-[0-9A-Za-z-]+/g, '[redacted]'],
  [/\bxapp-[0-9A-Za-z-]+/g, '[redacted]'],
  [/\b(AccountKey|SharedAccessSignature|SharedAccessKey|sig)=[^;&\s]+/gi, '$1=[redacted]'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, '[redacted private key]'],
  [/(--password[= ])\S+/gi, '$1[redacted]'],
];

const MAX_TEXT = 2000;

/** The text with secret-looking parts replaced, at most 2,000 characters. */
export function redact(text: string): string {
  let out = text;
  for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT - 1)}…` : out;
}
