import type { ServerResponse } from 'node:http';
import { encode } from '../../wire/index.ts';
import type { HandlerResult } from './handler-types.ts';

const SERVER_HEADER = 'ASM-Emulator/1.0 Microsoft-HTTPAPI/2.0';

/** Writes a handler result with the headers the service always sends. */
export function serialize(response: ServerResponse, requestId: string, result: HandlerResult): void {
  let text = '';
  let contentType: string | undefined;
  const body = result.body;
  if (body && 'schema' in body) {
    text = encode(body.schema, body.value, { style: 'response' });
    contentType = 'application/xml; charset=utf-8';
  } else if (body && 'xml' in body) {
    text = body.xml;
    contentType = 'application/xml; charset=utf-8';
  } else if (body && 'json' in body) {
    text = JSON.stringify(body.json);
    contentType = 'application/json; charset=utf-8';
  }
  const payload = Buffer.from(text, 'utf8');
  const headers: Record<string, string | number> = {
    'cache-control': 'no-cache',
    'content-length': payload.length,
    server: SERVER_HEADER,
    'x-ms-request-id': requestId,
    ...(contentType ? { 'content-type': contentType } : {}),
    ...result.headers,
  };
  response.writeHead(result.status, headers);
  response.end(payload);
}
