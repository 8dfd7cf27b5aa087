import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { SimChange, SimChannel, SimEphemeral, SimMessage, SimMetadata, SimResponseUrl, SimUser } from './types.ts';

export interface SimIdentity {
  readonly teamId: string;
  readonly teamDomain: string;
  readonly appId: string;
  readonly botId: string;
  readonly botUserId: string;
}

export const DEFAULT_IDENTITY: SimIdentity = { teamId: 'T0SIM0001', teamDomain: 'asm-sim', appId: 'A0ASM0001', botId: 'B0ASM0001', botUserId: 'U0ASMBOT1' };

/**
 * The workspace the stand-in keeps in memory: users, channels, user groups, messages with their
 * threads, ephemeral messages and response URLs. Every change is emitted as `change` (a `SimChange`),
 * so a page or a test can follow along. The Web API, the response URLs and any later `/sim/api/*`
 * are views over this one object.
 */
export class SlackSimState extends EventEmitter<{ change: [SimChange] }> {
  readonly identity: SimIdentity;
  readonly users = new Map<string, SimUser>();
  readonly channels = new Map<string, SimChannel>();
  readonly usergroups = new Map<string, string[]>();
  /** Channel id → messages in posting order (thread replies included; `thread_ts` tells them apart). */
  readonly messages = new Map<string, SimMessage[]>();
  readonly ephemerals: SimEphemeral[] = [];
  readonly responseUrls = new Map<string, SimResponseUrl>();
  readonly #now: () => number;
  #lastTs = 0;

  constructor(options: { readonly identity?: SimIdentity; readonly now?: () => number } = {}) {
    super();
    this.identity = options.identity ?? DEFAULT_IDENTITY;
    this.#now = options.now ?? Date.now;
    this.addUser({ id: this.identity.botUserId, name: 'asm', real_name: 'asm', is_bot: true });
  }

  now(): number {
    return this.#now();
  }

  addUser(user: Omit<SimUser, 'team_id'> & { team_id?: string }): SimUser {
    const stored = { ...user, team_id: user.team_id ?? this.identity.teamId };
    this.users.set(stored.id, stored);
    return stored;
  }

  addChannel(channel: { id: string; name: string; is_private?: boolean; members?: string[] }): SimChannel {
    const stored = { id: channel.id, name: channel.name.replace(/^#/, ''), is_private: channel.is_private ?? false, members: channel.members ?? [] };
    this.channels.set(stored.id, stored);
    this.messages.set(stored.id, []);
    return stored;
  }

  addUsergroup(id: string, members: string[]): void {
    this.usergroups.set(id, [...members]);
  }

  /** A user or channel by id or by name (`alice`, `#ops`). */
  findUser(idOrName: string): SimUser | undefined {
    return this.users.get(idOrName) ?? [...this.users.values()].find((u) => u.name === idOrName.replace(/^@/, ''));
  }

  findChannel(idOrName: string): SimChannel | undefined {
    return this.channels.get(idOrName) ?? [...this.channels.values()].find((c) => c.name === idOrName.replace(/^#/, ''));
  }

  isMember(channel: SimChannel, userId: string): boolean {
    return channel.members.length === 0 || channel.members.includes(userId);
  }

  /** A message timestamp: seconds from the clock, a strictly increasing fraction. */
  nextTs(): string {
    const micros = Math.max(this.#now() * 1000, this.#lastTs + 1);
    this.#lastTs = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  post(fields: { channel: string; user: string; text: string; blocks?: unknown[]; metadata?: SimMetadata; thread_ts?: string; subtype?: string; bot?: boolean }): SimMessage {
    const message: SimMessage = {
      type: 'message', channel: fields.channel, ts: this.nextTs(), user: fields.user, text: fields.text,
      ...(fields.bot ? { bot_id: this.identity.botId, app_id: this.identity.appId } : {}),
      ...(fields.blocks ? { blocks: fields.blocks } : {}),
      ...(fields.metadata ? { metadata: fields.metadata } : {}),
      ...(fields.thread_ts ? { thread_ts: fields.thread_ts } : {}),
      ...(fields.subtype ? { subtype: fields.subtype } : {}),
    };
    this.#list(fields.channel).push(message);
    this.emit('change', { type: 'message', message });
    return message;
  }

  message(channel: string, ts: string): SimMessage | undefined {
    return this.messages.get(channel)?.find((m) => m.ts === ts);
  }

  update(message: SimMessage, fields: { text?: string; blocks?: unknown[] | null; metadata?: SimMetadata | null; by: string }): SimMessage {
    if (fields.text !== undefined) message.text = fields.text;
    if (fields.blocks === null) delete message.blocks;
    else if (fields.blocks !== undefined) message.blocks = fields.blocks;
    if (fields.metadata === null) delete message.metadata;
    else if (fields.metadata !== undefined) message.metadata = fields.metadata;
    message.edited = { user: fields.by, ts: this.nextTs() };
    this.emit('change', { type: 'message_changed', message });
    return message;
  }

  remove(channel: string, ts: string): boolean {
    const list = this.#list(channel);
    const at = list.findIndex((m) => m.ts === ts);
    if (at < 0) return false;
    list.splice(at, 1);
    this.emit('change', { type: 'message_deleted', channel, ts });
    return true;
  }

  /** The thread of `ts` (the parent first), or `undefined` when there is no such message. */
  thread(channel: string, ts: string): SimMessage[] | undefined {
    const list = this.messages.get(channel) ?? [];
    const hit = list.find((m) => m.ts === ts);
    if (hit === undefined) return undefined;
    const parentTs = hit.thread_ts ?? hit.ts;
    const parent = list.find((m) => m.ts === parentTs);
    return [...(parent ? [parent] : []), ...list.filter((m) => m.thread_ts === parentTs && m.ts !== parentTs)];
  }

  /** Top-level messages of a channel (thread replies excluded). */
  channelHistory(channel: string): SimMessage[] {
    return (this.messages.get(channel) ?? []).filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts);
  }

  postEphemeral(fields: Omit<SimEphemeral, 'ts'>): SimEphemeral {
    const ephemeral = { ...fields, ts: this.nextTs() };
    this.ephemerals.push(ephemeral);
    this.emit('change', { type: 'ephemeral', ephemeral });
    return ephemeral;
  }

  ephemeralsFor(user: string, channel?: string): SimEphemeral[] {
    return this.ephemerals.filter((e) => e.user === user && (channel === undefined || e.channel === channel));
  }

  issueResponseUrl(kind: SimResponseUrl['kind'], channel: string, user: string, messageTs?: string): SimResponseUrl {
    const id = `${this.identity.teamId}/${Math.floor(this.#now() / 1000)}/${randomBytes(12).toString('hex')}`;
    const entry: SimResponseUrl = { id, kind, channel, user, createdAt: this.#now(), uses: 0, ...(messageTs ? { messageTs } : {}) };
    this.responseUrls.set(`${kind}/${id}`, entry);
    return entry;
  }

  #list(channel: string): SimMessage[] {
    let list = this.messages.get(channel);
    if (list === undefined) this.messages.set(channel, (list = []));
    return list;
  }
}
