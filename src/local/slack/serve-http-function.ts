import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import functions, { type HttpHandler } from '@azure/functions';

export interface ServedFunction {
  /** The function's URL, e.g. `http://127.0.0.1:40123/api/slack/events`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves one Functions HTTP handler on a free port, for tests and benchmarks that need the bot
 * reachable over HTTP without the dev Functions host: each request becomes a real `HttpRequest`
 * and a fresh `InvocationContext`; `onInvocation` sees the context afterwards (its extra outputs).
 */
export async function serveHttpFunction(handler: HttpHandler, options: {
  readonly route?: string;
  readonly functionName?: string;
  readonly onInvocation?: (context: InstanceType<typeof functions.InvocationContext>) => void | Promise<void>;
} = {}): Promise<ServedFunction> {
  const route = `/api/${options.route ?? 'slack/events'}`;
  let invocations = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if ((req.url ?? '').split('?')[0] !== route) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[key] = value;
    const request = new functions.HttpRequest({ method: req.method ?? 'POST', url: `http://${req.headers.host}${req.url}`, headers, body: { bytes: Buffer.concat(chunks) } });
    invocations += 1;
    const context = new functions.InvocationContext({ invocationId: `local-${invocations}`, functionName: options.functionName ?? 'slack', logHandler: () => {} });
    try {
      const result = await handler(request, context);
      await options.onInvocation?.(context);
      const out = result as { status?: number; body?: unknown; jsonBody?: unknown; headers?: Record<string, string> };
      const json = out.jsonBody !== undefined;
      const body = json ? JSON.stringify(out.jsonBody) : typeof out.body === 'string' ? out.body : '';
      res.writeHead(out.status ?? 200, { ...(json ? { 'content-type': 'application/json' } : body ? { 'content-type': 'text/plain; charset=utf-8' } : {}), ...out.headers });
      res.end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${route}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
