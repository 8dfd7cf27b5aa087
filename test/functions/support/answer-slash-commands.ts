// What the acknowledgement does with a new job and a refusal: functions/slack.ts answers a signed
// `/asm vm create` (queued with its job) and a refused `/asm vm delete` (its audit entry queued) with
// storage unreachable (port 9), so any table call would fail or hang the answer. Throws when an answer is wrong.
import { createHmac } from 'node:crypto';
import functions from '@azure/functions';

const secret = 'graphS1gningSecretgraphS1gning00';
const dead = 'http://127.0.0.1:9/devstoreaccount1';
Object.assign(process.env, {
  SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: 'xoxb-graph-token', KEY_VAULT_URL: 'https://vault.example.net/',
  AzureWebJobsStorage: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=YQ==;TableEndpoint=${dead};QueueEndpoint=${dead};BlobEndpoint=${dead};`,
  ASM_CHANNELS: JSON.stringify({ C0GRAPH01: { subscriptionId: '11111111-2222-3333-4444-555555555555', certificate: 'graph-cert' } }),
  ASM_ROLES: JSON.stringify({ operators: ['U0ALICE01'], destroyers: ['U0ALICE01'], approvers: ['U0BOB0001'] }),
});
const { slack, jobsQueue } = await import('../../../functions/slack.ts');

async function answer(user: string, text: string) {
  const body = new URLSearchParams({
    team_id: 'T1', channel_id: 'C0GRAPH01', channel_name: 'ops', user_id: user, user_name: 'x', command: '/asm', text,
    response_url: 'https://hooks.example/commands/x', trigger_id: '1.2.3', api_app_id: 'A1',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  const request = new functions.HttpRequest({
    method: 'POST', url: 'http://localhost/api/slack/events', body: { string: body },
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature },
  });
  const context = new functions.InvocationContext({ logHandler: () => {} });
  const response = (await slack(request, context)) as { status?: number; jsonBody?: { response_type?: string } };
  return { response, queued: context.extraOutputs.get(jobsQueue) as { action?: string; job?: { status?: string }; audit?: { kind?: string } } | undefined };
}

const created = await answer('U0ALICE01', 'vm create web1 "West US"');
if (created.response.status !== 200 || created.response.jsonBody?.response_type !== 'in_channel' || created.queued?.job?.status !== 'planned') {
  throw new Error(`vm create was not acknowledged with its job queued: ${JSON.stringify(created)}`);
}
const refused = await answer('U0BOB0001', 'vm delete web1');
if (refused.response.status !== 200 || refused.queued?.action !== 'audit' || refused.queued.audit?.kind !== 'refusal') {
  throw new Error(`vm delete by a non-destroyer was not refused with its audit entry queued: ${JSON.stringify(refused)}`);
}
