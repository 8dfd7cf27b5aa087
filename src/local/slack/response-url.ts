import type { SlackSimState } from './sim-state.ts';
import type { ApiAnswer } from './web-api.ts';

const MAX_USES = 5;
const LIFETIME_MS = 30 * 60_000;

/**
 * A POST to a `response_url`: a message for the person who typed the command or clicked
 * (ephemeral, the default), for the channel (`in_channel`, in a thread with `thread_ts`), or in
 * place of the message clicked (`replace_original`, `delete_original`). Five uses in 30 minutes.
 */
export function postToResponseUrl(state: SlackSimState, key: string, payload: unknown): ApiAnswer {
  const hook = state.responseUrls.get(key);
  if (hook === undefined) return { status: 404, body: { ok: false, error: 'no_service' } };
  if (state.now() - hook.createdAt > LIFETIME_MS) return { status: 404, body: { ok: false, error: 'expired_url' } };
  if (hook.uses >= MAX_USES) return { status: 404, body: { ok: false, error: 'used_url' } };
  if (typeof payload !== 'object' || payload === null) return { status: 400, body: { ok: false, error: 'invalid_payload' } };
  hook.uses += 1;
  const p = payload as { text?: unknown; blocks?: unknown; response_type?: unknown; replace_original?: unknown; delete_original?: unknown; thread_ts?: unknown };
  const text = typeof p.text === 'string' ? p.text : '';
  const blocks = Array.isArray(p.blocks) ? p.blocks : undefined;
  const source = hook.messageTs !== undefined ? state.message(hook.channel, hook.messageTs) : undefined;
  if (isTrue(p.delete_original) && source !== undefined) {
    state.remove(hook.channel, source.ts);
    if (text === '' && blocks === undefined) return { status: 200, body: { ok: true } };
  }
  if (text === '' && blocks === undefined) return { status: 400, body: { ok: false, error: 'no_text' } };
  if (isTrue(p.replace_original) && source !== undefined && !isTrue(p.delete_original)) {
    state.update(source, { text, blocks: blocks ?? null, by: state.identity.botUserId });
    return { status: 200, body: { ok: true } };
  }
  const threadTs = typeof p.thread_ts === 'string' ? p.thread_ts : undefined;
  if (p.response_type === 'in_channel') {
    state.post({ channel: hook.channel, user: state.identity.botUserId, text, bot: true, ...(blocks ? { blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) });
  } else {
    state.postEphemeral({ channel: hook.channel, user: hook.user, text, ...(blocks ? { blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) });
  }
  return { status: 200, body: { ok: true } };
}

const isTrue = (value: unknown): boolean => value === true || value === 'true';
