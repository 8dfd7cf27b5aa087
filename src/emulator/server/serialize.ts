import type { ServerResponse } from 'node:http';
import { encode } from '../../wire/index.ts';
import type { HandlerResult } from './handler-types.ts';

const SERVER_HEADER = 'ASM-Emulator/1.0 Microsoft-HTTPAPI/2.0';
const XML = 'application/xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Writes a handler result with the headers the service always sends. */
export function serialize(response: ServerResponse, requestId: string, result: HandlerResult): void {
  let text = '';
  let contentType: string | undefined;
  const body = result.body;
  if (body && 'schema' in body) {
    text = encode(body.schema, body.value, { style: 'response' });
    contentType = XML;
  } else if (body && 'xml' in body) {
    text = body.xml;
    contentType = XML;
  } else if (body && 'json' in body) {
    text = JSON.stringify(body.json);
    contentType = JSON_TYPE;
  }
  const headers: Record<string, string | number> = {
    'cache-control': 'no-cache',
    'content-length': Buffer.byteLength(text, 'utf8'),
    server: SERVER_HEADER,
    'x-ms-request-id': requestId,
  };
  if (contentType) headers['content-type'] = contentType;
  if (result.headers) Object.assign(headers, result.headers);
  response.writeHead(result.status, headers);
  // A string body goes out with the headers in one write (a Buffer would be a second TLS record).
  response.end(text, 'utf8');
}
