import type { IncomingMessage } from 'node:http';
import { EmulatorError } from '../errors/index.ts';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
  // Without Content-Length or Transfer-Encoding a request has no body (RFC 9112 6.3): nothing to wait for.
  const length = request.headers['content-length'];
  if (request.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return '';
  const body = await collect(request);
  // A UTF-8 byte order mark is legal before the XML; the service accepts it.
  return body.toString('utf8').replace(/^\uFEFF/, '');
}

// Events rather than an async iterator (which costs more than a small body): the body, or the
// stream's error, or a premature close. A body over the limit is refused at once (413) and what
// follows of it is read and dropped.
function collect(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        finish(new EmulatorError(413, 'RequestBodyTooLarge', 'The request body is too large.'));
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => finish());
    request.on('error', (error) => finish(error));
    request.once('close', () => finish(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' })));
  });
}
