import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FunctionInfo } from './function-index.ts';

export interface AdminTarget {
  list(): readonly FunctionInfo[];
  /** Starts a non-HTTP function with the given input; resolves when it has started. */
  start(name: string, input: string): void;
}

/**
 * The host's admin API, unauthenticated as under `func start`: `GET /admin/functions`,
 * `GET /admin/functions/<name>`, and `POST /admin/functions/<name>` with `{"input": "…"}`, which
 * answers 202 and runs the function in the background.
 */
export async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string, target: AdminTarget): Promise<void> {
  const name = decodeURIComponent(path.replace(/^\/admin\/functions\/?/, ''));
  if (req.method === 'GET' && name === '') return json(res, 200, target.list());
  const info = target.list().find((f) => f.name.toLowerCase() === name.toLowerCase());
  if (name === '' || name.includes('/')) return json(res, 404, { error: 'Not found. Use GET /admin/functions or POST /admin/functions/<name>.' });
  if (info === undefined) return json(res, 404, { error: `No function named "${name}". GET /admin/functions lists them.` });
  if (req.method === 'GET') return json(res, 200, info);
  if (req.method !== 'POST') return json(res, 405, { error: 'Use GET or POST.' });
  if (info.trigger.toLowerCase() === 'httptrigger') {
    return json(res, 400, { error: `"${info.name}" is an HTTP function: call ${info.route} instead.` });
  }
  const input = parseInput(await readBody(req));
  if (input === undefined) {
    return json(res, 400, { error: 'Send a JSON body {"input": "<string>"} with Content-Type: application/json (input may be a string, number or boolean).' });
  }
  target.start(info.name, input);
  res.writeHead(202).end();
}

function parseInput(body: string): string | undefined {
  if (body.trim() === '') return undefined;
  try {
    const value = (JSON.parse(body) as { input?: unknown }).input;
    if (value === undefined || value === null) return '';
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
