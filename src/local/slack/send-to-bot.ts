import { randomBytes } from 'node:crypto';
import { signedHeaders } from './sign.ts';
import type { SlackSimState } from './sim-state.ts';

export interface BotTarget {
  /** The bot's request URL (slash commands and interactivity), e.g. `http://127.0.0.1:7071/api/slack/events`. */
  readonly botUrl: string;
  readonly signingSecret: string;
  /** Where the stand-in serves response URLs, e.g. `http://127.0.0.1:4000`. */
  readonly baseUrl: string;
}

/** The bot's HTTP answer: status, raw body, and the body parsed when it is JSON. */
export interface BotResponse {
  readonly status: number;
  readonly body: string;
  readonly ack: unknown;
}

export interface SlashCommandInput {
  /** User id or name. */
  readonly user: string;
  /** Channel id or name (`#ops`). */
  readonly channel: string;
  readonly text: string;
  readonly command?: string;
  readonly abortSignal?: AbortSignal;
}

export interface BlockActionInput {
  readonly user: string;
  readonly channel: string;
  readonly messageTs: string;
  readonly actionId: string;
  /** Tells apart buttons that share an action id. */
  readonly value?: string;
  readonly blockId?: string;
  readonly abortSignal?: AbortSignal;
}

const triggerId = () => `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(16).toString('hex')}`;

function resolve(state: SlackSimState, userRef: string, channelRef: string) {
  const user = state.findUser(userRef);
  if (user === undefined) throw new Error(`No user "${userRef}" in the simulated workspace.`);
  const channel = state.findChannel(channelRef);
  if (channel === undefined) throw new Error(`No channel "${channelRef}" in the simulated workspace.`);
  return { user, channel };
}

async function post(state: SlackSimState, target: BotTarget, body: string, abortSignal?: AbortSignal): Promise<BotResponse> {
  const headers = signedHeaders(target.signingSecret, Math.floor(state.now() / 1000), body);
  const response = await fetch(target.botUrl, { method: 'POST', headers, body, ...(abortSignal ? { signal: abortSignal } : {}) });
  const text = await response.text();
  let ack: unknown = text === '' ? undefined : text;
  if ((response.headers.get('content-type') ?? '').includes('application/json')) ack = JSON.parse(text);
  return { status: response.status, body: text, ack };
}

/** Sends `/asm <text>` as Slack does, then shows the acknowledgement as Slack would. */
export async function sendSlashCommand(state: SlackSimState, target: BotTarget, input: SlashCommandInput): Promise<BotResponse> {
  const { user, channel } = resolve(state, input.user, input.channel);
  const command = input.command ?? '/asm';
  const hook = state.issueResponseUrl('commands', channel.id, user.id);
  const body = new URLSearchParams({
    token: 'simulated-verification-token', team_id: state.identity.teamId, team_domain: state.identity.teamDomain,
    channel_id: channel.id, channel_name: channel.name, user_id: user.id, user_name: user.name, command, text: input.text,
    api_app_id: state.identity.appId, is_enterprise_install: 'false',
    response_url: `${target.baseUrl}/hooks/commands/${hook.id}`, trigger_id: triggerId(),
  }).toString();
  const response = await post(state, target, body, input.abortSignal);
  showAck(state, response, { channel: channel.id, user: user.id, typed: `${command} ${input.text}`.trim() });
  return response;
}

function showAck(state: SlackSimState, response: BotResponse, at: { channel: string; user: string; typed: string }): void {
  if (response.status !== 200) {
    state.postEphemeral({ channel: at.channel, user: at.user, text: `${at.typed.split(' ')[0]} failed with the error "dispatch_failed"` });
    return;
  }
  const ack = response.ack;
  if (typeof ack === 'string') {
    state.postEphemeral({ channel: at.channel, user: at.user, text: ack });
    return;
  }
  if (typeof ack !== 'object' || ack === null) return;
  const { text, blocks, response_type: type } = ack as { text?: string; blocks?: unknown[]; response_type?: string };
  if (type === 'in_channel') state.post({ channel: at.channel, user: at.user, text: at.typed, subtype: 'slash_command' });
  if (text === undefined && blocks === undefined) return;
  const fields = { channel: at.channel, text: text ?? '', ...(blocks ? { blocks } : {}) };
  if (type === 'in_channel') state.post({ ...fields, user: state.identity.botUserId, bot: true });
  else state.postEphemeral({ ...fields, user: at.user });
}

interface Button { type?: string; action_id?: string; value?: string; text?: unknown; style?: string; confirm?: unknown }

/** Clicks a button of a message as Slack sends it: form-encoded `payload` JSON, signed. */
export async function sendBlockAction(state: SlackSimState, target: BotTarget, input: BlockActionInput): Promise<BotResponse> {
  const { user, channel } = resolve(state, input.user, input.channel);
  const message = state.message(channel.id, input.messageTs);
  if (message === undefined) throw new Error(`No message ${input.messageTs} in ${channel.id}.`);
  const found = (message.blocks ?? []).flatMap((block) => {
    const b = block as { block_id?: string; elements?: Button[]; accessory?: Button };
    return [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])].map((element) => ({ blockId: b.block_id ?? '', element }));
  }).find(({ blockId, element }) => element.action_id === input.actionId
    && (input.value === undefined || element.value === input.value) && (input.blockId === undefined || blockId === input.blockId));
  if (found === undefined) throw new Error(`Message ${input.messageTs} has no button "${input.actionId}".`);
  const hook = state.issueResponseUrl('actions', channel.id, user.id, message.ts);
  const payload = {
    type: 'block_actions', api_app_id: state.identity.appId, token: 'simulated-verification-token', trigger_id: triggerId(),
    team: { id: state.identity.teamId, domain: state.identity.teamDomain }, enterprise: null, is_enterprise_install: false,
    user: { id: user.id, username: user.name, name: user.name, team_id: user.team_id },
    container: { type: 'message', message_ts: message.ts, channel_id: channel.id, is_ephemeral: false },
    channel: { id: channel.id, name: channel.name },
    message: { type: 'message', ts: message.ts, user: message.user, text: message.text, blocks: message.blocks ?? [], ...(message.bot_id ? { bot_id: message.bot_id } : {}) },
    state: { values: {} }, response_url: `${target.baseUrl}/hooks/actions/${hook.id}`,
    actions: [{
      type: found.element.type ?? 'button', action_id: input.actionId, block_id: found.blockId, text: found.element.text,
      ...(found.element.value !== undefined ? { value: found.element.value } : {}), ...(found.element.style ? { style: found.element.style } : {}),
      action_ts: state.nextTs(),
    }],
  };
  return post(state, target, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), input.abortSignal);
}
