import type { IncomingMessage } from 'node:http';
import { EmulatorError } from '../errors/index.ts';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
  // Without Content-Length or Transfer-Encoding a request has no body (RFC 9112 6.3): nothing to wait for.
  const length = request.headers['content-length'];
  if (request.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new EmulatorError(413, 'RequestBodyTooLarge', 'The request body is too large.');
    chunks.push(buffer);
  }
  // A UTF-8 byte order mark is legal before the XML; the service accepts it.
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}
