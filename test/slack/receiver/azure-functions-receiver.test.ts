import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReceiverMultipleAckError } from '@slack/bolt';
import { slackSignature } from '../../../src/local/slack/sign.ts';
import { boltApp, commandBody, context, NOW_S, request, SECRET, signed } from './support.ts';

test('the simulator signs like the documentation example', () => {
  const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
  assert.equal(slackSignature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body), 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
});

test('a signed slash command reaches the listener with the invocation and answers with the ack', async () => {
  const { app, handler } = boltApp();
  const ctx = context();
  let seen: unknown;
  app.command('/asm', async ({ ack, command, context: c }) => {
    seen = c['invocationContext'];
    await ack({ response_type: 'ephemeral', text: `got ${command.text}` });
  });
  const response = await handler(signed(commandBody('vm list')), ctx);
  assert.equal(response.status, 200);
  assert.deepEqual(response.jsonBody, { response_type: 'ephemeral', text: 'got vm list' });
  assert.equal(seen, ctx);
});

test('a string ack is the body; an empty ack is an empty 200', async () => {
  const { app, handler } = boltApp();
  app.command('/asm', async ({ ack, command }) => (command.text === 'a' ? ack('plain') : ack()));
  const a = await handler(signed(commandBody('a')), context());
  assert.deepEqual([a.status, a.body], [200, 'plain']);
  const b = await handler(signed(commandBody('b')), context());
  assert.deepEqual([b.status, b.body], [200, '']);
});

test('a second ack is refused with ReceiverMultipleAckError', async () => {
  const { app, handler } = boltApp();
  let second: unknown;
  app.command('/asm', async ({ ack }) => {
    await ack('first');
    second = await ack('second').then(() => 'accepted', (e: unknown) => e);
  });
  const response = await handler(signed(commandBody()), context());
  assert.equal(response.body, 'first');
  assert.ok(second instanceof ReceiverMultipleAckError);
});

test('ssl_check is answered 200 before verification and reaches no listener', async () => {
  const { handler, state } = boltApp();
  const response = await handler(request('ssl_check=1&token=abc', { 'content-type': 'application/x-www-form-urlencoded' }), context());
  assert.equal(response.status, 200);
  assert.equal(state.reached, 0);
});

test('url_verification answers the challenge when signed, 401 when not', async () => {
  const { handler, state } = boltApp();
  const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'x' });
  const ok = await handler(signed(body, NOW_S, SECRET, 'application/json'), context());
  assert.deepEqual([ok.status, ok.jsonBody], [200, { challenge: 'c-123' }]);
  const bad = await handler(request(body, { 'content-type': 'application/json' }), context());
  assert.equal(bad.status, 401);
  assert.equal(state.reached, 0);
});

test('block actions arrive form-encoded as a payload of JSON', async () => {
  const { app, handler } = boltApp();
  let value: string | undefined;
  app.action('job.approve', async ({ ack, action }) => {
    value = (action as { value?: string }).value;
    await ack();
  });
  const payload = {
    type: 'block_actions', team: { id: 'T1', domain: 'ws' }, user: { id: 'U2', username: 'bob', team_id: 'T1' }, api_app_id: 'A1',
    container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: false }, channel: { id: 'C1', name: 'ops' },
    trigger_id: '1.2', response_url: 'https://hooks.example/actions/1', actions: [{ type: 'button', action_id: 'job.approve', block_id: 'b', value: 'job-1', action_ts: '1.2' }],
  };
  const response = await handler(signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString()), context());
  assert.equal(response.status, 200);
  assert.equal(value, 'job-1');
});

test('timestamps: 300 s old or ahead pass; 301 s either way and replays are refused with an empty 401', async () => {
  const { app, handler, state } = boltApp();
  app.command('/asm', async ({ ack }) => ack());
  const statuses = [];
  for (const skew of [-300, 300, -301, 301]) statuses.push((await handler(signed(commandBody(`skew ${skew}`), NOW_S + skew), context())).status);
  assert.deepEqual(statuses, [200, 200, 401, 401]);
  const body = commandBody('once');
  assert.equal((await handler(signed(body), context())).status, 200);
  const replay = await handler(signed(body), context());
  assert.deepEqual([replay.status, replay.body], [401, '']);
  assert.equal(state.reached, 3);
});

test('a signed but malformed body is 400; nobody listening is 404; a listener that throws before ack is 500', async () => {
  const { app, handler } = boltApp();
  app.command('/asm', async ({ command, ack }) => {
    if (command.text === 'boom') throw new Error('boom');
    await ack();
  });
  app.error(async (error) => { throw error; });
  assert.equal((await handler(signed('payload=%7Bnot-json', NOW_S), context())).status, 400);
  assert.equal((await handler(signed(commandBody(), NOW_S, SECRET, 'text/plain'), context())).status, 400);
  assert.equal((await handler(signed(commandBody('x', { command: '/other' })), context())).status, 404);
  assert.equal((await handler(signed(commandBody('boom')), context())).status, 500);
});

test('a request not acknowledged in time is logged as a warning', async () => {
  const { app, handler, logs } = boltApp({ unhandledRequestTimeoutMillis: 5 });
  let warned!: () => void;
  const warning = new Promise<void>((resolve) => { warned = resolve; });
  const logsPush = logs.push.bind(logs);
  logs.push = (...items: string[]) => {
    if (items.some((m) => m.includes('not acknowledged'))) warned();
    return logsPush(...items);
  };
  app.command('/asm', async ({ ack }) => {
    await warning;
    await ack('late');
  });
  const response = await handler(signed(commandBody()), context());
  assert.equal(response.body, 'late');
  assert.ok(logs.some((m) => m.includes('not acknowledged within 5 ms')));
});

test('an empty signing secret is a setup error that says where to find the secret', async () => {
  const { AzureFunctionsReceiver } = await import('../../../src/slack/receiver/index.ts');
  assert.throws(() => new AzureFunctionsReceiver({ signingSecret: ' ' }), /SLACK_SIGNING_SECRET.*Basic Information/);
});
