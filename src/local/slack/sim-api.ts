import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlockActionInput, BotResponse, SlashCommandInput } from './send-to-bot.ts';
import { streamEvents } from './sim-api-events.ts';
import { serveStatic } from './sim-api-static.ts';
import { channelView, workspaceView } from './sim-api-views.ts';
import type { SlackSimState } from './sim-state.ts';

/** What the simulator API drives: the workspace, and the two ways a person reaches the bot. */
export interface SimApiTarget {
  readonly state: SlackSimState;
  sendSlashCommand(input: SlashCommandInput): Promise<BotResponse>;
  sendBlockAction(input: BlockActionInput): Promise<BotResponse>;
}

export interface SimApiOptions {
  /** How long the bot has to acknowledge, as Slack allows it (default 3000 ms); then `operation_timeout`. */
  readonly ackTimeoutMs?: number;
  /** What each person does here, by user id or name (`{ bob: 'approver' }`), shown in the user switcher. */
  readonly titles?: Readonly<Record<string, string>>;
}

interface Reply { readonly status: number; readonly body: Record<string, unknown> }
class RequestError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const MAX_BODY = 64 * 1024;

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of request) {
    raw += (chunk as Buffer).toString('utf8');
    if (raw.length > MAX_BODY) throw new RequestError(413, 'too_large', 'The request body is over 64 KB.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw === '' ? '{}' : raw);
  } catch {
    throw new RequestError(400, 'invalid_json', 'The body must be JSON, e.g. {"user":"alice","channel":"#ops","text":"/asm help"}.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new RequestError(400, 'invalid_json', 'The body must be a JSON object.');
  return parsed as Record<string, unknown>;
}

function field(body: Record<string, unknown>, name: string, optional = false): string | undefined {
  const value = body[name];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new RequestError(400, 'invalid_request', `"${name}" must be a non-empty string.`);
  return value;
}

function who(state: SlackSimState, body: Record<string, unknown>) {
  const user = state.findUser(field(body, 'user')!);
  if (user === undefined || user.is_bot) throw new RequestError(404, 'user_not_found', `No person "${String(body.user)}" in the workspace; the users are ${people(state)}.`);
  const channel = state.findChannel(field(body, 'channel')!);
  if (channel === undefined) throw new RequestError(404, 'channel_not_found', `No channel "${String(body.channel)}"; the channels are ${[...state.channels.values()].map((c) => `#${c.name}`).join(', ')}.`);
  return { user, channel };
}

const people = (state: SlackSimState) => [...state.users.values()].filter((u) => !u.is_bot).map((u) => u.name).join(', ') || 'none';

/** `/asm vm list` → command `/asm`, text `vm list`; text without a leading command goes to `/asm`. */
export function splitCommand(typed: string): { command: string; text: string } {
  const trimmed = typed.trim();
  const match = /^(\/[a-z0-9_-]+)(?:\s+([\s\S]*))?$/i.exec(trimmed);
  return match ? { command: match[1]!.toLowerCase(), text: (match[2] ?? '').trim() } : { command: '/asm', text: trimmed };
}

/** Sends to the bot; a bot that is down or too slow is shown as Slack shows it (an ephemeral error). */
async function toBot(state: SlackSimState, at: { user: string; channel: string; command: string }, send: (signal: AbortSignal) => Promise<BotResponse>, timeoutMs: number): Promise<Reply> {
  try {
    const response = await send(AbortSignal.timeout(timeoutMs));
    return { status: 200, body: { ok: response.status === 200, status: response.status, ack: response.ack ?? null } };
  } catch (error) {
    const timeout = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    const code = timeout ? 'operation_timeout' : 'dispatch_failed';
    if (at.command !== '') state.postEphemeral({ channel: at.channel, user: at.user, text: `${at.command} failed with the error "${code}"` });
    return { status: timeout ? 504 : 502, body: { ok: false, status: 0, error: code, message: timeout ? `The bot did not answer within ${timeoutMs} ms.` : 'The bot could not be reached: is the Functions host running?' } };
  }
}

async function route(target: SimApiTarget, options: SimApiOptions, request: IncomingMessage, path: string, query: URLSearchParams): Promise<Reply> {
  const { state } = target;
  const timeoutMs = options.ackTimeoutMs ?? 3000;
  const method = request.method ?? 'GET';
  if (method === 'GET' && path === '/sim/api/workspace') return { status: 200, body: { ok: true, ...workspaceView(state, options.titles) } };
  if (method === 'GET' && path === '/sim/api/messages') {
    const channel = state.findChannel(query.get('channel') ?? '');
    if (channel === undefined) throw new RequestError(404, 'channel_not_found', 'Pass ?channel=<id or #name> of a channel in the workspace.');
    const forUser = query.get('user') ?? undefined;
    const user = forUser === undefined ? undefined : state.findUser(forUser);
    if (forUser !== undefined && user === undefined) throw new RequestError(404, 'user_not_found', `No user "${forUser}"; the users are ${people(state)}.`);
    return { status: 200, body: { ok: true, channel: channel.id, messages: channelView(state, channel.id, user?.id) } };
  }
  if (method !== 'POST') throw new RequestError(404, 'not_found', `No ${method} ${path}.`);
  const body = await jsonBody(request);
  const { user, channel } = who(state, body);
  if (path === '/sim/api/command') {
    const { command, text } = splitCommand(field(body, 'text')!);
    return toBot(state, { user: user.id, channel: channel.id, command }, (abortSignal) =>
      target.sendSlashCommand({ user: user.id, channel: channel.id, command, text, abortSignal }), timeoutMs);
  }
  if (path === '/sim/api/click') {
    const ts = field(body, 'ts')!;
    const actionId = field(body, 'action_id')!;
    const value = field(body, 'value', true);
    const blockId = field(body, 'block_id', true);
    const message = state.message(channel.id, ts);
    if (message === undefined) throw new RequestError(404, 'message_not_found', `No message ${ts} in #${channel.name}.`);
    const buttons = (message.blocks ?? []).flatMap((b) => [...((b as { elements?: { action_id?: string }[] }).elements ?? []), (b as { accessory?: { action_id?: string } }).accessory]);
    if (!buttons.some((e) => e?.action_id === actionId)) throw new RequestError(404, 'action_not_found', `Message ${ts} has no button "${actionId}".`);
    return toBot(state, { user: user.id, channel: channel.id, command: '' }, (abortSignal) => target.sendBlockAction({
      user: user.id, channel: channel.id, messageTs: ts, actionId, abortSignal, ...(value !== undefined ? { value } : {}), ...(blockId !== undefined ? { blockId } : {}),
    }), timeoutMs);
  }
  if (path === '/sim/api/message') {
    const threadTs = field(body, 'thread_ts', true);
    if (threadTs !== undefined && state.message(channel.id, threadTs) === undefined) throw new RequestError(404, 'thread_not_found', `No message ${threadTs} in #${channel.name}.`);
    const posted = state.post({ channel: channel.id, user: user.id, text: field(body, 'text')!, ...(threadTs ? { thread_ts: threadTs } : {}) });
    return { status: 200, body: { ok: true, ts: posted.ts } };
  }
  throw new RequestError(404, 'not_found', `No POST ${path}.`);
}

/**
 * The simulator's page and automation API, for the stand-in's `fallback`: `GET /sim/` (the page),
 * `GET /sim/api/workspace|messages|events`, `POST /sim/api/command|click|message`. `target` is
 * read per request, so the stand-in may be created after the handler.
 */
export function createSimApiHandler(target: () => SimApiTarget, options: SimApiOptions = {}) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://sim');
    const path = url.pathname;
    const send = (reply: Reply) => {
      if (response.headersSent) return void response.end();
      response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(reply.body));
    };
    const fail = (error: unknown) => {
      if (error instanceof RequestError) return send({ status: error.status, body: { ok: false, error: error.code, message: error.message } });
      if (error instanceof Error && /^No (user|channel|message)|has no button/.test(error.message)) return send({ status: 404, body: { ok: false, error: 'not_found', message: error.message } });
      send({ status: 500, body: { ok: false, error: 'internal_error', message: 'The simulator failed to handle the request; see its log.' } });
    };
    if (request.method === 'GET' && (path === '/' || path === '/sim')) return void response.writeHead(302, { location: '/sim/' }).end();
    if (request.method === 'GET' && path === '/sim/api/events') {
      const channel = url.searchParams.get('channel');
      const found = channel === null ? undefined : target().state.findChannel(channel);
      if (channel !== null && found === undefined) return fail(new RequestError(404, 'channel_not_found', `No channel "${channel}".`));
      return streamEvents(target().state, request, response, found?.id);
    }
    if (path.startsWith('/sim/api/')) return void route(target(), options, request, path, url.searchParams).then(send, fail);
    if (request.method === 'GET' && path.startsWith('/sim/')) {
      return void serveStatic(response, path.slice('/sim/'.length)).then((served) => {
        if (!served) send({ status: 404, body: { ok: false, error: 'not_found', message: `No page ${path}.` } });
      }, fail);
    }
    send({ status: 404, body: { ok: false, error: 'not_found', message: `No ${request.method} ${path}; the simulator page is at /sim/.` } });
  };
}
