import type { SlackSimState } from './sim-state.ts';
import type { SimEphemeral, SimMessage } from './types.ts';

/** A message as `/sim/api/messages` shows it: what the page renders, and what automation reads. */
export interface SimMessageView {
  readonly ts: string;
  readonly user: string;
  /** The author's name (`alice`, `asm`). */
  readonly user_name: string;
  readonly bot: boolean;
  readonly text: string;
  readonly blocks: unknown[];
  readonly thread_ts?: string;
  readonly edited?: { readonly user: string; readonly ts: string };
  readonly subtype?: string;
  /** Set on an ephemeral message: the only user who sees it. */
  readonly ephemeral_to?: string;
  readonly replies: SimMessageView[];
}

export interface WorkspaceView {
  readonly team: { readonly id: string; readonly domain: string };
  readonly bot: { readonly id: string; readonly name: string };
  /** `title`: what the person does here ("operator"), when the simulator was told. */
  readonly users: { id: string; name: string; real_name: string; is_bot: boolean; title?: string }[];
  readonly channels: { id: string; name: string; is_private: boolean }[];
}

const nameOf = (state: SlackSimState, id: string): string => state.users.get(id)?.name ?? id;

function messageView(state: SlackSimState, m: SimMessage, replies: SimMessageView[]): SimMessageView {
  return {
    ts: m.ts, user: m.user, user_name: nameOf(state, m.user), bot: m.bot_id !== undefined, text: m.text, blocks: m.blocks ?? [],
    ...(m.thread_ts !== undefined ? { thread_ts: m.thread_ts } : {}),
    ...(m.edited ? { edited: m.edited } : {}),
    ...(m.subtype ? { subtype: m.subtype } : {}),
    replies,
  };
}

function ephemeralView(state: SlackSimState, e: SimEphemeral): SimMessageView {
  return {
    ts: e.ts, user: state.identity.botUserId, user_name: nameOf(state, state.identity.botUserId), bot: true, text: e.text, blocks: e.blocks ? [...e.blocks] : [],
    ...(e.thread_ts !== undefined ? { thread_ts: e.thread_ts } : {}),
    ephemeral_to: e.user, replies: [],
  };
}

const byTs = (a: { ts: string }, b: { ts: string }) => Number(a.ts) - Number(b.ts) || a.ts.localeCompare(b.ts);

/**
 * A channel's messages in posting order, each with its thread replies; ephemeral messages where
 * they were posted (in a thread when they name one), all of them or only those `forUser` sees.
 */
export function channelView(state: SlackSimState, channel: string, forUser?: string): SimMessageView[] {
  const ephemerals = state.ephemerals.filter((e) => e.channel === channel && (forUser === undefined || e.user === forUser));
  const top = state.channelHistory(channel).map((m) => {
    const thread = (state.thread(channel, m.ts) ?? []).slice(1).map((r) => messageView(state, r, []));
    const hidden = ephemerals.filter((e) => e.thread_ts === m.ts).map((e) => ephemeralView(state, e));
    return messageView(state, m, [...thread, ...hidden].sort(byTs));
  });
  const loose = ephemerals.filter((e) => e.thread_ts === undefined || state.message(channel, e.thread_ts) === undefined).map((e) => ephemeralView(state, e));
  return [...top, ...loose].sort(byTs);
}

/** The workspace for the page; `titles` by user id or name. */
export function workspaceView(state: SlackSimState, titles: Readonly<Record<string, string>> = {}): WorkspaceView {
  return {
    team: { id: state.identity.teamId, domain: state.identity.teamDomain },
    bot: { id: state.identity.botUserId, name: nameOf(state, state.identity.botUserId) },
    users: [...state.users.values()].map((u) => {
      const title = titles[u.id] ?? titles[u.name];
      return { id: u.id, name: u.name, real_name: u.real_name, is_bot: u.is_bot, ...(title ? { title } : {}) };
    }),
    channels: [...state.channels.values()].map((c) => ({ id: c.id, name: c.name, is_private: c.is_private })),
  };
}
