import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, type BlockAction, type SlashCommand } from '@slack/bolt';
import { serveHttpFunction, splitCommand, startSlackSimulator, type ServedFunction, type SlackSimulator } from '../../../src/local/slack/index.ts';
import { AzureFunctionsReceiver } from '../../../src/slack/receiver/index.ts';
import { createLogger } from '../../../src/slack/logger.ts';

const SECRET = 'simapisigningsecret0123456789ab';
let sim: SlackSimulator;
let bot: ServedFunction;
const seen: { commands: SlashCommand[]; actions: BlockAction[] } = { commands: [], actions: [] };
const button = (actionId: string, value: string, text: string, style?: 'primary' | 'danger') => ({ type: 'button' as const, action_id: actionId, value, text: { type: 'plain_text' as const, text }, ...(style ? { style } : {}) });

before(async () => {
  sim = await startSlackSimulator({ botToken: 'xoxb-sim-api', signingSecret: SECRET, titles: { bob: 'approver' } });
  sim.state.addUser({ id: 'U0ALICE01', name: 'alice', real_name: 'Alice', is_bot: false });
  sim.state.addUser({ id: 'U0BOB0001', name: 'bob', real_name: 'Bob', is_bot: false });
  sim.state.addChannel({ id: 'C0OPS0001', name: 'ops' });
  const logger = createLogger({ sink: () => {} });
  const receiver = new AzureFunctionsReceiver({ signingSecret: SECRET, logger });
  const app = new App({ receiver, logger, authorize: async () => ({ botToken: 'xoxb-sim-api' }), clientOptions: { slackApiUrl: sim.apiUrl } });
  app.command('/asm', async ({ ack, command }) => {
    seen.commands.push(command);
    if (command.text === 'slow') await new Promise((resolve) => setTimeout(resolve, 400));
    if (command.text === 'card') {
      return ack({ response_type: 'in_channel', text: 'Approve?', blocks: [{ type: 'actions', block_id: 'ctl', elements: [button('job.decide', 'yes', 'Approve', 'primary'), button('job.decide', 'no', 'Deny', 'danger')] }] });
    }
    return ack({ text: `only for ${command.user_name}: ${command.text}` });
  });
  app.action('job.decide', async ({ ack, body, respond }) => {
    seen.actions.push(body as BlockAction);
    await ack();
    await respond({ replace_original: true, text: `Decided: ${(body as BlockAction).actions[0]!.type === 'button' ? ((body as BlockAction).actions[0] as { value: string }).value : ''}` });
  });
  bot = await serveHttpFunction(receiver.toHandler());
  sim.setBotUrl(bot.url);
});
after(async () => {
  await bot.close();
  await sim.close();
});

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
};
const messages = async (query: string) => (await (await fetch(`${sim.url}/sim/api/messages?${query}`)).json()) as { ok: boolean; messages: { ts: string; text: string; user: string; edited?: unknown; ephemeral_to?: string; replies: { text: string; ephemeral_to?: string }[] }[] };

test('a command by user and channel name goes to the bot signed, and the ack comes back; the ephemeral answer is shown only to its user', async () => {
  const answer = await post('/sim/api/command', { user: 'alice', channel: '#ops', text: '/asm vm list' });
  assert.deepEqual(answer, { status: 200, body: { ok: true, status: 200, ack: { text: 'only for alice: vm list' } } });
  const command = seen.commands.at(-1)!;
  assert.deepEqual([command.command, command.text, command.user_id, command.channel_id], ['/asm', 'vm list', 'U0ALICE01', 'C0OPS0001']);
  assert.match(command.response_url, new RegExp(`^${sim.url}/hooks/commands/`));
  const forAlice = await messages('channel=C0OPS0001&user=alice');
  assert.deepEqual(forAlice.messages.filter((m) => m.ephemeral_to).map((m) => [m.text, m.ephemeral_to]), [['only for alice: vm list', 'U0ALICE01']]);
  const forBob = await messages('channel=%23ops&user=bob');
  assert.equal(forBob.messages.filter((m) => m.ephemeral_to).length, 0);
});

test('a click by ids picks the button by value when two share an action id; the bot replaces the card, shown as edited', async () => {
  await post('/sim/api/command', { user: 'U0ALICE01', channel: 'C0OPS0001', text: 'card' });
  const card = (await messages('channel=C0OPS0001')).messages.find((m) => m.text === 'Approve?')!;
  const answer = await post('/sim/api/click', { user: 'bob', channel: '#ops', ts: card.ts, action_id: 'job.decide', value: 'no', block_id: 'ctl' });
  assert.deepEqual(answer, { status: 200, body: { ok: true, status: 200, ack: null } });
  const action = seen.actions.at(-1)!;
  assert.deepEqual([action.user.id, action.container.message_ts, (action.actions[0] as { value: string }).value, action.actions[0]!.block_id], ['U0BOB0001', card.ts, 'no', 'ctl']);
  assert.match(action.trigger_id, /^\d+\.\d+\.[0-9a-f]{32}$/);
  assert.match(action.response_url, new RegExp(`^${sim.url}/hooks/actions/`));
  const after = (await messages('channel=C0OPS0001')).messages.find((m) => m.ts === card.ts)!;
  assert.equal(after.text, 'Decided: no');
  assert.ok(after.edited);
});

test('thread replies and ephemeral messages in a thread are listed under their parent', async () => {
  const parent = sim.state.post({ channel: 'C0OPS0001', user: 'U0ASMBOT1', text: 'job started', bot: true });
  sim.state.post({ channel: 'C0OPS0001', user: 'U0ASMBOT1', text: 'done: 10.0.0.4', bot: true, thread_ts: parent.ts });
  sim.state.postEphemeral({ channel: 'C0OPS0001', user: 'U0BOB0001', text: 'for bob in the thread', thread_ts: parent.ts });
  const reply = await post('/sim/api/message', { user: 'alice', channel: '#ops', text: 'thanks', thread_ts: parent.ts });
  assert.equal(reply.status, 200);
  const all = (await messages('channel=C0OPS0001')).messages.find((m) => m.ts === parent.ts)!;
  assert.deepEqual(all.replies.map((r) => [r.text, r.ephemeral_to]), [['done: 10.0.0.4', undefined], ['for bob in the thread', 'U0BOB0001'], ['thanks', undefined]]);
  const forAlice = (await messages('channel=C0OPS0001&user=alice')).messages.find((m) => m.ts === parent.ts)!;
  assert.deepEqual(forAlice.replies.map((r) => r.text), ['done: 10.0.0.4', 'thanks']);
});

test('bad requests say what is wrong and change nothing', async () => {
  const before = sim.state.channelHistory('C0OPS0001').length;
  const unknownUser = await post('/sim/api/command', { user: 'mallory', channel: '#ops', text: '/asm help' });
  assert.equal(unknownUser.status, 404);
  assert.equal(unknownUser.body.error, 'user_not_found');
  assert.match(String(unknownUser.body.message), /alice, bob/);
  assert.equal((await post('/sim/api/command', { user: 'alice', channel: '#nope', text: 'x' })).body.error, 'channel_not_found');
  assert.equal((await post('/sim/api/command', '{not json')).status, 400);
  assert.equal((await post('/sim/api/command', { user: 'alice', channel: '#ops' })).body.error, 'invalid_request');
  const card = sim.state.channelHistory('C0OPS0001').find((m) => m.text.startsWith('Decided'))!;
  assert.equal((await post('/sim/api/click', { user: 'bob', channel: '#ops', ts: card.ts, action_id: 'job.nope' })).status, 404);
  assert.equal((await post('/sim/api/click', { user: 'bob', channel: '#ops', ts: '1.000001', action_id: 'job.decide' })).body.error, 'message_not_found');
  assert.equal((await messages('channel=C0NOPE')).ok, false);
  assert.equal(sim.state.channelHistory('C0OPS0001').length, before);
});

test('a bot that is down or slower than the ack timeout is shown as Slack shows it', async () => {
  const slow = await startSlackSimulator({ botToken: 'xoxb-x', signingSecret: SECRET, botUrl: bot.url, ackTimeoutMs: 100 });
  slow.state.addUser({ id: 'U0ALICE01', name: 'alice', real_name: 'Alice', is_bot: false });
  slow.state.addChannel({ id: 'C0OPS0001', name: 'ops' });
  try {
    const late = await fetch(`${slow.url}/sim/api/command`, { method: 'POST', body: JSON.stringify({ user: 'alice', channel: '#ops', text: '/asm slow' }) });
    assert.equal(late.status, 504);
    assert.equal(((await late.json()) as { error: string }).error, 'operation_timeout');
    slow.setBotUrl('http://127.0.0.1:9/api/slack/events');
    const down = await fetch(`${slow.url}/sim/api/command`, { method: 'POST', body: JSON.stringify({ user: 'alice', channel: '#ops', text: '/asm help' }) });
    assert.equal(down.status, 502);
    assert.deepEqual(slow.state.ephemeralsFor('U0ALICE01').map((e) => e.text), ['/asm failed with the error "operation_timeout"', '/asm failed with the error "dispatch_failed"']);
  } finally {
    await slow.close();
  }
});

test('changes stream as server-sent events, filtered by channel', async () => {
  const controller = new AbortController();
  const response = await fetch(`${sim.url}/sim/api/events?channel=%23ops`, { signal: controller.signal });
  assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  const reader = response.body!.getReader();
  let text = '';
  while (!text.includes(': connected')) text += new TextDecoder().decode((await reader.read()).value);
  const posted = sim.state.post({ channel: 'C0OPS0001', user: 'U0ALICE01', text: 'hello' });
  while (!text.includes(posted.ts)) text += new TextDecoder().decode((await reader.read()).value);
  controller.abort();
  const data = text.split('\n').find((line) => line.startsWith('data: '))!;
  assert.deepEqual(JSON.parse(data.slice(6)), { type: 'message', channel: 'C0OPS0001', ts: posted.ts });
  assert.match(text, /event: message\n/);
});

test('the page is served as plain files with a strict content policy; nothing outside its folder', async () => {
  const root = await fetch(`${sim.url}/`, { redirect: 'manual' });
  assert.deepEqual([root.status, root.headers.get('location')], [302, '/sim/']);
  const page = await fetch(`${sim.url}/sim/`);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(page.headers.get('content-security-policy')!, /script-src 'self'/);
  assert.match(await page.text(), /<script type="module" src="app.js">/);
  assert.equal((await fetch(`${sim.url}/sim/app.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
  for (const path of ['/sim/../server.ts', '/sim/%2e%2e/server.ts', '/sim/.hidden.js', '/sim/server.ts']) {
    assert.equal((await fetch(`${sim.url}${path}`)).status, 404, path);
  }
  const workspace = (await (await fetch(`${sim.url}/sim/api/workspace`)).json()) as { users: { name: string; title?: string }[]; channels: { name: string }[] };
  assert.deepEqual(workspace.users.map((u) => [u.name, u.title]), [['asm', undefined], ['alice', undefined], ['bob', 'approver']]);
  assert.deepEqual(workspace.channels.map((c) => c.name), ['ops']);
});

test('typed text splits into the command and its text', () => {
  assert.deepEqual(splitCommand('/asm vm create web1 West US'), { command: '/asm', text: 'vm create web1 West US' });
  assert.deepEqual(splitCommand('  /ASM  '), { command: '/asm', text: '' });
  assert.deepEqual(splitCommand('vm list'), { command: '/asm', text: 'vm list' });
});
