import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { App, type SlashCommand } from '@slack/bolt';
import { serveHttpFunction, startSlackStandIn, type ServedFunction, type SlackStandIn } from '../../../src/local/slack/index.ts';
import { AzureFunctionsReceiver } from '../../../src/slack/receiver/index.ts';
import { createLogger } from '../../../src/slack/logger.ts';

const SECRET = 'sim-signing-secret';
let sim: SlackStandIn;
let bot: ServedFunction;
const seen: { commands: SlashCommand[]; actions: unknown[] } = { commands: [], actions: [] };

before(async () => {
  sim = await startSlackStandIn({ botToken: 'xoxb-t', signingSecret: SECRET });
  sim.state.addUser({ id: 'U0ALICE01', name: 'alice', real_name: 'Alice', is_bot: false });
  sim.state.addUser({ id: 'U0BOB0001', name: 'bob', real_name: 'Bob', is_bot: false });
  sim.state.addChannel({ id: 'C0OPS0001', name: 'ops' });
  const logger = createLogger({ sink: () => {} });
  const receiver = new AzureFunctionsReceiver({ signingSecret: SECRET, logger });
  const app = new App({ receiver, logger, authorize: async () => ({ botToken: 'xoxb-t' }), clientOptions: { slackApiUrl: sim.apiUrl } });
  app.command('/asm', async ({ ack, command }) => {
    seen.commands.push(command);
    if (command.text === 'public') return ack({ response_type: 'in_channel', text: 'Working on it', blocks: [{ type: 'actions', block_id: 'ctl', elements: [{ type: 'button', action_id: 'job.approve', value: 'job-1', text: { type: 'plain_text', text: 'Approve' } }] }] });
    return ack({ text: `only for ${command.user_name}` });
  });
  app.action('job.approve', async ({ ack, body, respond }) => {
    seen.actions.push(body);
    await ack();
    await respond({ replace_original: true, text: 'Approved' });
  });
  bot = await serveHttpFunction(receiver.toHandler());
  sim.setBotUrl(bot.url);
});
after(async () => {
  await bot.close();
  await sim.close();
});

test('a slash command arrives signed, form-encoded, with a response_url and trigger_id; an ephemeral ack is shown only to the user', async () => {
  const response = await sim.sendSlashCommand({ user: 'alice', channel: '#ops', text: 'vm list' });
  assert.equal(response.status, 200);
  assert.deepEqual(response.ack, { text: 'only for alice' });
  const command = seen.commands.at(-1)!;
  assert.equal(command.channel_id, 'C0OPS0001');
  assert.equal(command.user_id, 'U0ALICE01');
  assert.equal(command.text, 'vm list');
  assert.match(command.response_url, new RegExp(`^${sim.url}/hooks/commands/`));
  assert.match(command.trigger_id, /^\d+\.\d+\.[0-9a-f]{32}$/);
  assert.deepEqual(sim.state.ephemeralsFor('U0ALICE01').map((e) => e.text), ['only for alice']);
});

test('an in_channel ack shows the command and the answer; a click on its button arrives as block_actions and respond() replaces it', async () => {
  const response = await sim.sendSlashCommand({ user: 'alice', channel: 'C0OPS0001', text: 'public' });
  assert.equal(response.status, 200);
  const history = sim.state.channelHistory('C0OPS0001');
  assert.deepEqual(history.slice(-2).map((m) => [m.user, m.text]), [['U0ALICE01', '/asm public'], ['U0ASMBOT1', 'Working on it']]);
  const card = history.at(-1)!;
  const click = await sim.sendBlockAction({ user: 'bob', channel: '#ops', messageTs: card.ts, actionId: 'job.approve' });
  assert.equal(click.status, 200);
  const body = seen.actions.at(-1) as { type: string; user: { id: string }; container: { message_ts: string }; actions: { value: string; block_id: string }[] };
  assert.equal(body.type, 'block_actions');
  assert.equal(body.user.id, 'U0BOB0001');
  assert.equal(body.container.message_ts, card.ts);
  assert.deepEqual([body.actions[0]!.value, body.actions[0]!.block_id], ['job-1', 'ctl']);
  assert.equal(sim.state.message('C0OPS0001', card.ts)?.text, 'Approved');
  assert.equal(sim.state.message('C0OPS0001', card.ts)?.blocks, undefined);
});

test('a click on a button the message does not have is an error of the caller', async () => {
  const [card] = sim.state.channelHistory('C0OPS0001').slice(-1);
  await assert.rejects(sim.sendBlockAction({ user: 'bob', channel: '#ops', messageTs: card!.ts, actionId: 'job.nope' }), /no button "job.nope"/);
});

test('a response_url takes in_channel replies in a thread, ephemeral replies, and at most five uses', async () => {
  const hook = sim.state.issueResponseUrl('commands', 'C0OPS0001', 'U0ALICE01');
  const url = `${sim.url}/hooks/commands/${hook.id}`;
  const parent = sim.state.post({ channel: 'C0OPS0001', user: 'U0ASMBOT1', text: 'parent', bot: true });
  const post = (body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await post({ response_type: 'in_channel', text: 'in thread', thread_ts: parent.ts, replace_original: false })).status, 200);
  assert.deepEqual(sim.state.thread('C0OPS0001', parent.ts)?.map((m) => m.text), ['parent', 'in thread']);
  assert.equal((await post({ text: 'just you' })).status, 200);
  assert.equal(sim.state.ephemeralsFor('U0ALICE01').at(-1)?.text, 'just you');
  for (let i = 0; i < 3; i += 1) assert.equal((await post({ text: `n${i}` })).status, 200);
  const sixth = await post({ text: 'too many' });
  assert.equal(sixth.status, 404);
  assert.deepEqual(await sixth.json(), { ok: false, error: 'used_url' });
});
