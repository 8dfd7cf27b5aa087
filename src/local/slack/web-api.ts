import type { SlackSimState } from './sim-state.ts';
import type { SimMessage, SimMetadata } from './types.ts';

export type ApiArgs = Readonly<Record<string, unknown>>;
export interface ApiAnswer {
  readonly status: number;
  readonly body: Record<string, unknown> | '';
  readonly headers?: Readonly<Record<string, string>>;
}

const ok = (body: Record<string, unknown> = {}): ApiAnswer => ({ status: 200, body: { ok: true, ...body } });
const fail = (error: string, extra: Record<string, unknown> = {}): ApiAnswer => ({ status: 200, body: { ok: false, error, ...extra } });
class ApiError extends Error {
  readonly error: string;
  constructor(error: string) {
    super(error);
    this.error = error;
  }
}

const str = (args: ApiArgs, name: string): string | undefined => (typeof args[name] === 'string' && args[name] !== '' ? (args[name] as string) : undefined);
/** The Web API client JSON-encodes objects inside the form; JSON bodies carry them as they are. */
function jsonArg(args: ApiArgs, name: string, error: string): unknown {
  const value = args[name];
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new ApiError(error);
  }
}

function blocksArg(args: ApiArgs): unknown[] | undefined {
  const blocks = jsonArg(args, 'blocks', 'invalid_blocks_format');
  if (blocks === undefined || blocks === '') return undefined;
  if (!Array.isArray(blocks)) throw new ApiError('invalid_blocks_format');
  if (blocks.length > 50 || blocks.some((b) => typeof b !== 'object' || b === null || typeof (b as { type?: unknown }).type !== 'string')) throw new ApiError('invalid_blocks');
  return blocks;
}

function metadataArg(args: ApiArgs): SimMetadata | undefined {
  const metadata = jsonArg(args, 'metadata', 'invalid_metadata_format');
  if (metadata === undefined || metadata === '') return undefined;
  const m = metadata as { event_type?: unknown; event_payload?: unknown };
  if (typeof m !== 'object' || m === null || typeof m.event_type !== 'string' || typeof m.event_payload !== 'object' || m.event_payload === null) {
    throw new ApiError('invalid_metadata_schema');
  }
  if (JSON.stringify(m).length > 8000) throw new ApiError('metadata_too_large');
  return { event_type: m.event_type, event_payload: m.event_payload as Record<string, unknown> };
}

/** A message as the Web API shows it; metadata in full only when asked for. */
function view(m: SimMessage, state: SlackSimState, fullMetadata = true): Record<string, unknown> {
  const replies = m.thread_ts === undefined || m.thread_ts === m.ts ? (state.thread(m.channel, m.ts) ?? []).slice(1) : [];
  const { channel: _channel, metadata, ...rest } = m;
  return {
    ...rest, team: state.identity.teamId,
    ...(metadata ? { metadata: fullMetadata ? metadata : { event_type: metadata.event_type } } : {}),
    ...(replies.length > 0 ? { thread_ts: m.ts, reply_count: replies.length, latest_reply: replies.at(-1)!.ts, reply_users: [...new Set(replies.map((r) => r.user))] } : {}),
    ...(m.thread_ts !== undefined && m.thread_ts !== m.ts ? { parent_user_id: state.message(m.channel, m.thread_ts)?.user } : {}),
  };
}

function channelOf(state: SlackSimState, args: ApiArgs) {
  const id = str(args, 'channel');
  const channel = id === undefined ? undefined : state.findChannel(id);
  if (channel === undefined) throw new ApiError('channel_not_found');
  return channel;
}

type Method = (state: SlackSimState, args: ApiArgs) => ApiAnswer;

const METHODS: Readonly<Record<string, Method>> = {
  'auth.test': (state) => ok({
    url: `https://${state.identity.teamDomain}.slack.com/`, team: state.identity.teamDomain, user: 'asm', team_id: state.identity.teamId,
    user_id: state.identity.botUserId, bot_id: state.identity.botId, app_id: state.identity.appId, is_enterprise_install: false,
  }),
  'chat.postMessage': (state, args) => {
    const channel = channelOf(state, args);
    const text = str(args, 'text');
    const blocks = blocksArg(args);
    if (text === undefined && blocks === undefined) return fail('no_text');
    const metadata = metadataArg(args);
    const threadTs = str(args, 'thread_ts');
    const message = state.post({
      channel: channel.id, user: state.identity.botUserId, text: text ?? '', bot: true,
      ...(blocks ? { blocks } : {}), ...(metadata ? { metadata } : {}), ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    return ok({ channel: channel.id, ts: message.ts, message: view(message, state) });
  },
  'chat.update': (state, args) => {
    const channel = channelOf(state, args);
    const message = state.message(channel.id, str(args, 'ts') ?? '');
    if (message === undefined) return fail('message_not_found');
    if (message.user !== state.identity.botUserId) return fail('cant_update_message');
    const text = str(args, 'text');
    if (text !== undefined && text.length > 4000) return fail('msg_too_long');
    const blocks = blocksArg(args);
    const metadata = args['metadata'] === undefined ? undefined : metadataArg(args) ?? null;
    state.update(message, {
      by: state.identity.botUserId, ...(text !== undefined ? { text } : {}),
      // Text without blocks removes the blocks, as Slack does.
      ...(blocks !== undefined ? { blocks } : text !== undefined ? { blocks: null } : {}),
      ...(metadata !== undefined ? { metadata } : {}),
    });
    return ok({ channel: channel.id, ts: message.ts, text: message.text, message: view(message, state) });
  },
  'chat.postEphemeral': (state, args) => {
    const channel = channelOf(state, args);
    const user = state.users.get(str(args, 'user') ?? '');
    if (user === undefined) return fail('user_not_found');
    if (!state.isMember(channel, user.id)) return fail('user_not_in_channel');
    const text = str(args, 'text');
    const blocks = blocksArg(args);
    if (text === undefined && blocks === undefined) return fail('no_text');
    const threadTs = str(args, 'thread_ts');
    const e = state.postEphemeral({ channel: channel.id, user: user.id, text: text ?? '', ...(blocks ? { blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) });
    return ok({ message_ts: e.ts });
  },
  'conversations.replies': (state, args) => {
    const channel = channelOf(state, args);
    const thread = state.thread(channel.id, str(args, 'ts') ?? '');
    if (thread === undefined) return fail('thread_not_found');
    const limit = Math.max(1, Math.min(1000, Number(str(args, 'limit') ?? 1000) || 1000));
    const start = Number(Buffer.from(str(args, 'cursor') ?? '', 'base64url').toString().replace(/^offset:/, '') || 0);
    if (!Number.isInteger(start) || start < 0) return fail('invalid_cursor');
    const full = String(args['include_all_metadata'] ?? '') === 'true';
    const page = thread.slice(start, start + limit);
    const more = start + limit < thread.length;
    return ok({
      messages: page.map((m) => view(m, state, full)), has_more: more,
      ...(more ? { response_metadata: { next_cursor: Buffer.from(`offset:${start + limit}`).toString('base64url') } } : {}),
    });
  },
  // Newest first, top-level messages only; `oldest`/`latest` bound the ts (exclusive unless `inclusive`).
  'conversations.history': (state, args) => {
    const channel = channelOf(state, args);
    const oldest = Number(str(args, 'oldest') ?? 0);
    const latest = Number(str(args, 'latest') ?? Infinity);
    const inclusive = String(args['inclusive'] ?? '') === 'true';
    const inRange = (ts: number) => (inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest);
    const all = state.channelHistory(channel.id).filter((m) => inRange(Number(m.ts))).reverse();
    const limit = Math.max(1, Math.min(999, Number(str(args, 'limit') ?? 100) || 100));
    const start = Number(Buffer.from(str(args, 'cursor') ?? '', 'base64url').toString().replace(/^offset:/, '') || 0);
    if (!Number.isInteger(start) || start < 0) return fail('invalid_cursor');
    const more = start + limit < all.length;
    const full = String(args['include_all_metadata'] ?? '') === 'true';
    return ok({
      messages: all.slice(start, start + limit).map((m) => view(m, state, full)), has_more: more,
      ...(more ? { response_metadata: { next_cursor: Buffer.from(`offset:${start + limit}`).toString('base64url') } } : {}),
    });
  },
  'users.info': (state, args) => {
    const user = state.users.get(str(args, 'user') ?? '');
    if (user === undefined) return fail('user_not_found');
    return ok({ user: { ...user, deleted: false, is_admin: false, is_owner: false, profile: { display_name: user.name, real_name: user.real_name } } });
  },
  'usergroups.users.list': (state, args) => {
    const members = state.usergroups.get(str(args, 'usergroup') ?? '');
    if (members === undefined) return fail('no_such_subteam');
    return ok({ users: [...members] });
  },
};

export const WEB_API_METHODS = Object.keys(METHODS);

/** Runs one Web API method against the state, with Slack's answer shapes and error codes. */
export function callWebApi(state: SlackSimState, method: string, args: ApiArgs): ApiAnswer {
  const run = METHODS[method];
  if (run === undefined) return fail('unknown_method');
  try {
    return run(state, args);
  } catch (error) {
    if (error instanceof ApiError) return fail(error.error);
    throw error;
  }
}
