import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';

/** Liveness probe: answers without touching Azure, Key Vault or storage. */
export async function health(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  return { status: 200, jsonBody: { status: 'ok', product: 'asm-chatops' } };
}

app.http('health', { methods: ['GET'], authLevel: 'anonymous', route: 'health', handler: health });
