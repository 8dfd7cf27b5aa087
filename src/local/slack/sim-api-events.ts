import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SlackSimState } from './sim-state.ts';
import type { SimChange } from './types.ts';

/** What a listener of `/sim/api/events` is told: enough to know what to fetch again. */
export interface SimEvent {
  readonly type: SimChange['type'];
  readonly channel: string;
  readonly ts: string;
  readonly thread_ts?: string;
  /** For an ephemeral message: who sees it. */
  readonly ephemeral_to?: string;
}

export function toEvent(change: SimChange): SimEvent {
  switch (change.type) {
    case 'message':
    case 'message_changed': {
      const m = change.message;
      return { type: change.type, channel: m.channel, ts: m.ts, ...(m.thread_ts !== undefined ? { thread_ts: m.thread_ts } : {}) };
    }
    case 'message_deleted':
      return { type: change.type, channel: change.channel, ts: change.ts };
    case 'ephemeral': {
      const e = change.ephemeral;
      return { type: change.type, channel: e.channel, ts: e.ts, ephemeral_to: e.user, ...(e.thread_ts !== undefined ? { thread_ts: e.thread_ts } : {}) };
    }
  }
}

const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: one `data:` line of JSON per change (`?channel=` keeps one channel's), a
 * comment every 15 s so proxies keep the stream open. Ends when the client goes.
 */
export function streamEvents(state: SlackSimState, request: IncomingMessage, response: ServerResponse, channel?: string): void {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
  response.write('retry: 1000\n: connected\n\n');
  const listener = (change: SimChange) => {
    const event = toEvent(change);
    if (channel !== undefined && event.channel !== channel) return;
    response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  };
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  state.on('change', listener);
  const stop = () => {
    clearInterval(heartbeat);
    state.off('change', listener);
  };
  request.on('close', stop);
  response.on('close', stop);
}
