/** One `-----BEGIN X-----` … `-----END X-----` block of PEM text (RFC 7468, with RFC 1421 headers). */
export interface PemBlock {
  readonly type: string;
  /** Encapsulated headers such as `Proc-Type` and `DEK-Info` (legacy encrypted keys). */
  readonly headers: Readonly<Record<string, string>>;
  readonly der: Buffer;
  /** The block as written, for OpenSSL when it decrypts a legacy encrypted key. */
  readonly text: string;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const HEADER = /^([A-Za-z0-9-]+):[ \t]*(.*)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Splits PEM text into its blocks, in order; throws when a block's headers or base64 are damaged. */
export function readPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const lines = match[2]!.split(/\r?\n/).map((line) => line.trim());
    const headers: Record<string, string> = {};
    let index = 0;
    while (index < lines.length && lines[index] === '') index++;
    if (lines[index]?.includes(':')) {
      for (; index < lines.length && lines[index] !== ''; index++) {
        const header = HEADER.exec(lines[index]!);
        if (header === null) throw new Error('damaged PEM header');
        headers[header[1]!] = header[2]!;
      }
    }
    const base64 = lines.slice(index).join('');
    if (!BASE64.test(base64) || base64.length % 4 === 1) throw new Error('damaged PEM body');
    blocks.push({ type: match[1]!, headers, der: Buffer.from(base64, 'base64'), text: match[0] });
  }
  return blocks;
}
