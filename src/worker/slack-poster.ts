import { LogLevel, WebClient } from '@slack/web-api';
import type { Card } from '../slack/cards/index.ts';

// The Web API client alone (the package Bolt itself uses): the worker, the poller and the digests
// post through it and never load Bolt, its HTTP server or its Socket Mode client.
export type SlackWebClient = WebClient;

/**
 * The worker's Web API client: one attempt per call and a bounded wait, so a post's fate is known
 * within the post lease; `ratelimited` is thrown at once (with Retry-After) and the post is left for
 * the next tick instead of sleeping in the function.
 */
export function createSlackWebClient(token: string, options: { readonly apiUrl?: string; readonly timeoutMs?: number } = {}): SlackWebClient {
  return new WebClient(token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
    logLevel: LogLevel.ERROR,
  });
}

/** What a message is, for finding it again: Slack message metadata carrying the job id and the message's key. */
export interface MessageTag {
  readonly eventType: string;
  readonly jobId: string;
  readonly key: string;
}

/** A post that failed. `not-posted`: Slack surely did not take it. `unknown`: it may have (no answer after sending). */
export class PostError extends Error {
  override readonly name = 'PostError';
  readonly fate: 'not-posted' | 'unknown';
  /** Seconds Slack asked to wait (`ratelimited`). */
  readonly retryAfterSeconds?: number;
  constructor(fate: 'not-posted' | 'unknown', message: string, retryAfterSeconds?: number) {
    super(message);
    this.fate = fate;
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds;
  }
}

function postError(error: unknown): PostError {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error': return new PostError('not-posted', `Slack rate limit: retry after ${e.retryAfter ?? 1} s.`, e.retryAfter ?? 1);
    case 'slack_webapi_platform_error': return new PostError('not-posted', `Slack refused the post: ${e.data?.error ?? 'error'}.`);
    case 'slack_webapi_http_error': return new PostError((e.statusCode ?? 500) >= 500 ? 'unknown' : 'not-posted', `Slack answered HTTP ${e.statusCode}.`);
    default: return new PostError('unknown', `No answer from Slack: ${e?.message ?? String(error)}`);
  }
}

const matches = (message: { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }, tag: MessageTag) =>
  message.metadata?.event_type === tag.eventType && message.metadata.event_payload?.['job_id'] === tag.jobId && message.metadata.event_payload?.['key'] === tag.key;

export interface Poster {
  /** Posts a message tagged with metadata; its ts, or a PostError. */
  post(channel: string, card: Card, tag: MessageTag, threadTs?: string): Promise<string>;
  /** Updates a message in place; best effort (the stored job is the truth). */
  update(channel: string, ts: string, card: Card): Promise<boolean>;
  /** The ts of a message with this tag in the thread (or, without a thread, among the channel's messages since `oldest`). */
  find(channel: string, tag: MessageTag, where: { readonly threadTs?: string; readonly oldest?: string }): Promise<string | undefined>;
}

export function createPoster(client: SlackWebClient, onError: (message: string) => void): Poster {
  return {
    async post(channel, card, tag, threadTs) {
      try {
        const answer = await client.chat.postMessage({
          channel, text: card.text, blocks: card.blocks as never, unfurl_links: false, unfurl_media: false,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          metadata: { event_type: tag.eventType, event_payload: { job_id: tag.jobId, key: tag.key } },
        });
        if (typeof answer.ts !== 'string') throw new PostError('unknown', 'Slack accepted the post but gave no ts.');
        return answer.ts;
      } catch (error) {
        throw error instanceof PostError ? error : postError(error);
      }
    },
    async update(channel, ts, card) {
      try {
        await client.chat.update({ channel, ts, text: card.text, blocks: card.blocks as never });
        return true;
      } catch (error) {
        onError(`Message ${ts} not updated: ${postError(error).message}`);
        return false;
      }
    },
    async find(channel, tag, where) {
      let cursor: string | undefined;
      for (let page = 0; page < 20; page += 1) {
        const answer = where.threadTs
          ? await client.conversations.replies({ channel, ts: where.threadTs, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) })
          : await client.conversations.history({ channel, include_all_metadata: true, limit: 200, ...(where.oldest ? { oldest: where.oldest } : {}), ...(cursor ? { cursor } : {}) });
        const hit = (answer.messages ?? []).find((m) => matches(m as never, tag));
        if (hit?.ts) return hit.ts;
        cursor = answer.response_metadata?.next_cursor || undefined;
        if (!answer.has_more || cursor === undefined) return undefined;
      }
      return undefined;
    },
  };
}
