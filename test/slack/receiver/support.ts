import functions, { type HttpRequest } from '@azure/functions';
import { App, LogLevel } from '@slack/bolt';
import { AzureFunctionsReceiver, type AzureFunctionsReceiverOptions } from '../../../src/slack/receiver/index.ts';
import { createLogger } from '../../../src/slack/logger.ts';
import { signedHeaders } from '../../../src/local/slack/sign.ts';

export const SECRET = 'test-signing-secret-0123456789abcdef';
export const NOW_MS = 1_700_000_000_000;
export const NOW_S = NOW_MS / 1000;
export const URL = 'http://localhost/api/slack/events';

export const commandBody = (text = 'vm list', extra: Record<string, string> = {}): string => new URLSearchParams({
  token: 'legacy', team_id: 'T1', team_domain: 'ws', channel_id: 'C1', channel_name: 'ops', user_id: 'U1', user_name: 'alice',
  command: '/asm', text, response_url: 'https://hooks.example/commands/T1/1/x', trigger_id: '1.2.3', api_app_id: 'A1',
  is_enterprise_install: 'false', ...extra,
}).toString();

export function request(body: string, headers: Record<string, string>): HttpRequest {
  return new functions.HttpRequest({ method: 'POST', url: URL, body: { string: body }, headers });
}

export const signed = (body: string, ts = NOW_S, secret = SECRET, contentType?: string): HttpRequest =>
  request(body, signedHeaders(secret, ts, body, contentType));

export const context = () => new functions.InvocationContext({ invocationId: 'inv-1', functionName: 'slack', logHandler: () => {} });

/** A Bolt app on the receiver; `reached` counts every request that got past the receiver to the app. */
export function boltApp(options: Partial<AzureFunctionsReceiverOptions> = {}) {
  const logs: string[] = [];
  const logger = createLogger({ sink: (_level, message) => logs.push(message), level: LogLevel.DEBUG });
  const receiver = new AzureFunctionsReceiver({ signingSecret: SECRET, now: () => NOW_MS, logger, ...options });
  const app = new App({ receiver, logger, authorize: async () => ({ botToken: 'xoxb-test', botId: 'B1', botUserId: 'U0BOT' }), ignoreSelf: false });
  const state = { reached: 0 };
  app.use(async ({ next }) => {
    state.reached += 1;
    await next();
  });
  return { app, receiver, handler: receiver.toHandler(), logs, state };
}
