import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimFaults } from './faults.ts';
import { postToResponseUrl } from './response-url.ts';
import { sendBlockAction, sendSlashCommand, type BlockActionInput, type BotResponse, type SlashCommandInput } from './send-to-bot.ts';
import { SlackSimState } from './sim-state.ts';
import { callWebApi, type ApiAnswer } from './web-api.ts';

export interface SlackStandInOptions {
  /** The bot token the Web API accepts (`Authorization: Bearer …`). */
  readonly botToken: string;
  /** Signs what is sent to the bot. */
  readonly signingSecret: string;
  /** The bot's request URL; may be set later with `setBotUrl`. */
  readonly botUrl?: string;
  readonly state?: SlackSimState;
  readonly port?: number;
  readonly host?: string;
  /** Serves what the stand-in does not (a page, `/sim/api/*`); 404 when absent. */
  readonly fallback?: (request: IncomingMessage, response: ServerResponse) => void;
}

export interface SlackStandIn {
  /** Base URL, e.g. `http://127.0.0.1:38211`. */
  readonly url: string;
  /** What Bolt's `clientOptions.slackApiUrl` takes: `<url>/api/`. */
  readonly apiUrl: string;
  readonly state: SlackSimState;
  readonly faults: SimFaults;
  /** Every Web API call received, in order (method and arguments; the token is not kept). */
  readonly calls: { method: string; args: Record<string, unknown> }[];
  setBotUrl(url: string): void;
  sendSlashCommand(input: SlashCommandInput): Promise<BotResponse>;
  sendBlockAction(input: BlockActionInput): Promise<BotResponse>;
  close(): Promise<void>;
}

const MAX_BODY = 2 * 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
  return Object.fromEntries(new URLSearchParams(raw));
}

function send(response: ServerResponse, answer: ApiAnswer): void {
  const body = answer.body === '' ? '' : JSON.stringify(answer.body);
  response.writeHead(answer.status, { ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...answer.headers });
  response.end(body);
}

/** Starts the Slack Web API stand-in on a free port (unless `port` is given). */
export async function startSlackStandIn(options: SlackStandInOptions): Promise<SlackStandIn> {
  const state = options.state ?? new SlackSimState();
  const faults = new SimFaults();
  const calls: SlackStandIn['calls'] = [];
  let botUrl = options.botUrl;

  async function webApi(method: string, request: IncomingMessage, raw: string): Promise<ApiAnswer> {
    const auth = request.headers.authorization ?? '';
    let args: Record<string, unknown>;
    try {
      args = parseArgs(raw, request.headers['content-type'] ?? '');
    } catch {
      return { status: 200, body: { ok: false, error: 'invalid_json' } };
    }
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : typeof args['token'] === 'string' ? (args['token'] as string) : '';
    delete args['token'];
    calls.push({ method, args });
    if (token === '') return { status: 200, body: { ok: false, error: 'not_authed' } };
    if (token !== options.botToken) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    const fault = faults.take(method);
    if (fault !== undefined) {
      if ('ratelimited' in fault) return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(fault.ratelimited) } };
      if ('status' in fault) return { status: fault.status, body: '' };
      return { status: 200, body: { ok: false, error: fault.error } };
    }
    return callWebApi(state, method, args);
  }

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const api = /^\/api\/([a-zA-Z.]+)$/.exec(path);
    const hook = /^\/hooks\/((?:commands|actions)\/.+)$/.exec(path);
    if (request.method !== 'POST' || (api === null && hook === null)) {
      if (options.fallback) return options.fallback(request, response);
      return send(response, { status: 404, body: { ok: false, error: 'not_found' } });
    }
    readBody(request).then(async (raw) => {
      if (api !== null) return send(response, await webApi(api[1]!, request, raw));
      let payload: unknown;
      try {
        payload = JSON.parse(raw);
      } catch {
        return send(response, { status: 400, body: { ok: false, error: 'invalid_payload' } });
      }
      return send(response, postToResponseUrl(state, hook![1]!, payload));
    }).catch(() => send(response, { status: 400, body: { ok: false, error: 'invalid_request' } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const target = () => {
    if (botUrl === undefined) throw new Error('The Slack stand-in has no bot URL: pass botUrl or call setBotUrl first.');
    return { botUrl, signingSecret: options.signingSecret, baseUrl: url };
  };
  return {
    url, apiUrl: `${url}/api/`, state, faults, calls,
    setBotUrl: (next) => { botUrl = next; },
    sendSlashCommand: (input) => sendSlashCommand(state, target(), input),
    sendBlockAction: (input) => sendBlockAction(state, target(), input),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
