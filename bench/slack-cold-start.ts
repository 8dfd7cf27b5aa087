// One cold start, run in a fresh process by bench/slack.ts: load the function (the real one, or a
// bare Bolt app that only acks), answer one signed slash command, print the time since the process
// began. `process.hrtime` since start is read from performance.timeOrigin.
import { performance } from 'node:perf_hooks';

const which = process.argv[2];
const { signedHeaders } = await import('../src/local/slack/sign.ts');
const body = new URLSearchParams({
  team_id: 'T1', channel_id: process.env['BENCH_CHANNEL'] ?? 'C0BENCH01', channel_name: 'ops', user_id: process.env['BENCH_USER'] ?? 'U0ALICE01',
  user_name: 'alice', command: '/asm', text: 'vm create web1 "West US"', response_url: 'https://hooks.example/commands/x', trigger_id: '1.2.3', api_app_id: 'A1',
}).toString();
const secret = process.env['SLACK_SIGNING_SECRET']!;

const loadStart = performance.now();
let handler: (request: never, context: never) => Promise<{ status?: number }>;
if (which === 'real') {
  handler = (await import('../functions/slack.ts')).slack as never;
} else {
  const { App } = await import('@slack/bolt');
  const { AzureFunctionsReceiver } = await import('../src/slack/receiver/index.ts');
  const receiver = new AzureFunctionsReceiver({ signingSecret: secret });
  const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-bare' }) });
  app.command('/asm', async ({ ack }) => ack({ response_type: 'in_channel', text: 'ok' }));
  handler = receiver.toHandler() as never;
}
const functions = (await import('@azure/functions')).default;
const request = new functions.HttpRequest({ method: 'POST', url: 'http://localhost/api/slack/events', body: { string: body }, headers: signedHeaders(secret, Math.floor(Date.now() / 1000), body) });
const response = await handler(request as never, new functions.InvocationContext({ logHandler: () => {} }) as never);
const acked = performance.now();
process.stdout.write(`${JSON.stringify({ which, status: response.status, sinceStartMs: acked, loadAndAckMs: acked - loadStart })}\n`);
