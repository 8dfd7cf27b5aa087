import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { webApi } from '@slack/bolt';
import { startSlackStandIn, type SimChange, type SlackStandIn } from '../../../src/local/slack/index.ts';

const TOKEN = 'xoxb-test-token';
let sim: SlackStandIn;
let client: InstanceType<typeof webApi.WebClient>;
const changes: SimChange[] = [];

before(async () => {
  sim = await startSlackStandIn({ botToken: TOKEN, signingSecret: 'secret' });
  sim.state.addUser({ id: 'U0ALICE01', name: 'alice', real_name: 'Alice', is_bot: false });
  sim.state.addUser({ id: 'U0CAROL01', name: 'carol', real_name: 'Carol', is_bot: false });
  sim.state.addChannel({ id: 'C0OPS0001', name: 'ops', members: ['U0ALICE01', 'U0ASMBOT1'] });
  sim.state.addUsergroup('S0APPROVE', ['U0ALICE01']);
  sim.state.on('change', (c) => changes.push(c));
  client = new webApi.WebClient(TOKEN, { slackApiUrl: sim.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
});
after(() => sim.close());

test('auth.test answers with the bot identity', async () => {
  const answer = await client.auth.test();
  assert.equal(answer.ok, true);
  assert.equal(answer.user_id, 'U0ASMBOT1');
  assert.equal(answer.bot_id, sim.state.identity.botId);
});

test('a message, a thread reply with metadata, and conversations.replies with and without the metadata', async () => {
  const parent = await client.chat.postMessage({ channel: 'C0OPS0001', text: 'card', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'card' } }] });
  assert.equal(parent.ok, true);
  assert.equal(parent.message?.bot_id, sim.state.identity.botId);
  const reply = await client.chat.postMessage({
    channel: 'C0OPS0001', thread_ts: parent.ts!, text: 'done',
    metadata: { event_type: 'asm_job_outcome', event_payload: { job_id: 'job-1' } },
  });
  const full = await client.conversations.replies({ channel: 'C0OPS0001', ts: parent.ts!, include_all_metadata: true });
  assert.deepEqual(full.messages?.map((m) => m.ts), [parent.ts, reply.ts]);
  assert.equal(full.messages?.[0]?.reply_count, 1);
  assert.deepEqual(full.messages?.[1]?.metadata, { event_type: 'asm_job_outcome', event_payload: { job_id: 'job-1' } });
  const bare = await client.conversations.replies({ channel: 'C0OPS0001', ts: reply.ts! });
  assert.deepEqual(bare.messages?.[1]?.metadata, { event_type: 'asm_job_outcome' });
  const paged = await client.conversations.replies({ channel: 'C0OPS0001', ts: parent.ts!, limit: 1 });
  assert.equal(paged.has_more, true);
  const rest = await client.conversations.replies({ channel: 'C0OPS0001', ts: parent.ts!, limit: 1, cursor: paged.response_metadata!.next_cursor! });
  assert.deepEqual(rest.messages?.map((m) => m.ts), [reply.ts]);
});

test('chat.update changes a message in place; text without blocks removes the blocks', async () => {
  const posted = await client.chat.postMessage({ channel: 'C0OPS0001', text: 'v1', blocks: [{ type: 'divider' }] });
  changes.length = 0;
  const updated = await client.chat.update({ channel: 'C0OPS0001', ts: posted.ts!, text: 'v2' });
  assert.equal(updated.text, 'v2');
  const stored = sim.state.message('C0OPS0001', posted.ts!);
  assert.equal(stored?.text, 'v2');
  assert.equal(stored?.blocks, undefined);
  assert.deepEqual(changes.map((c) => c.type), ['message_changed']);
  await assert.rejects(client.chat.update({ channel: 'C0OPS0001', ts: '1.000001', text: 'x' }), (e: { data?: { error?: string } }) => e.data?.error === 'message_not_found');
});

test('chat.postEphemeral reaches one member; strangers and unknown channels are refused with Slack codes', async () => {
  const answer = await client.chat.postEphemeral({ channel: 'C0OPS0001', user: 'U0ALICE01', text: 'only you' });
  assert.ok(answer.message_ts);
  assert.deepEqual(sim.state.ephemeralsFor('U0ALICE01').map((e) => e.text), ['only you']);
  await assert.rejects(client.chat.postEphemeral({ channel: 'C0OPS0001', user: 'U0CAROL01', text: 'x' }), (e: { code?: string; data?: { error?: string } }) =>
    e.code === 'slack_webapi_platform_error' && e.data?.error === 'user_not_in_channel');
  await assert.rejects(client.chat.postMessage({ channel: 'C0NOPE', text: 'x' }), (e: { data?: { error?: string } }) => e.data?.error === 'channel_not_found');
  await assert.rejects(client.chat.postMessage({ channel: 'C0OPS0001', blocks: 'not json' as never }), (e: { data?: { error?: string } }) => e.data?.error === 'invalid_blocks_format');
});

test('users.info and usergroups.users.list', async () => {
  assert.equal((await client.users.info({ user: 'U0ALICE01' })).user?.name, 'alice');
  assert.deepEqual((await client.usergroups.users.list({ usergroup: 'S0APPROVE' })).users, ['U0ALICE01']);
  await assert.rejects(client.usergroups.users.list({ usergroup: 'S0NONE' }), (e: { data?: { error?: string } }) => e.data?.error === 'no_such_subteam');
  await assert.rejects(client.users.info({ user: 'U0NOBODY' }), (e: { data?: { error?: string } }) => e.data?.error === 'user_not_found');
});

test('a wrong token is invalid_auth; a missing one not_authed', async () => {
  const wrong = new webApi.WebClient('xoxb-wrong', { slackApiUrl: sim.apiUrl, retryConfig: { retries: 0 } });
  await assert.rejects(wrong.auth.test(), (e: { data?: { error?: string } }) => e.data?.error === 'invalid_auth');
  const none = await fetch(`${sim.apiUrl}auth.test`, { method: 'POST' });
  assert.deepEqual(await none.json(), { ok: false, error: 'not_authed' });
});

test('injected faults: ratelimited is HTTP 429 with Retry-After; an error code once, then normal again', async () => {
  sim.faults.inject('chat.postMessage', { ratelimited: 7 });
  await assert.rejects(client.chat.postMessage({ channel: 'C0OPS0001', text: 'x' }), (e: { code?: string; retryAfter?: number }) =>
    e.code === 'slack_webapi_rate_limited_error' && e.retryAfter === 7);
  sim.faults.inject('chat.update', { error: 'channel_not_found' });
  const posted = await client.chat.postMessage({ channel: 'C0OPS0001', text: 'x' });
  await assert.rejects(client.chat.update({ channel: 'C0OPS0001', ts: posted.ts!, text: 'y' }), (e: { data?: { error?: string } }) => e.data?.error === 'channel_not_found');
  assert.equal((await client.chat.update({ channel: 'C0OPS0001', ts: posted.ts!, text: 'y' })).ok, true);
});

test('the token never lands in the recorded calls', () => {
  assert.ok(sim.calls.length > 0);
  assert.ok(!JSON.stringify(sim.calls).includes(TOKEN));
});
