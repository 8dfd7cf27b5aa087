import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import functions from '@azure/functions';
import { parseJobMessage } from '../../src/jobs/messages.ts';
import { createTableJobStore } from '../../src/jobs/table-store/index.ts';
import { startAzurite, type RunningAzurite } from '../../src/local/azurite/start-azurite.ts';
import { signedHeaders } from '../../src/local/slack/sign.ts';
import { startSlackStandIn, type SlackStandIn } from '../../src/local/slack/server.ts';
import { IDS, settings, SIGNING_SECRET, BOT_TOKEN } from '../slack/listeners/harness.ts';

let azurite: RunningAzurite;
let sim: SlackStandIn;
before(async () => {
  azurite = await startAzurite();
  sim = await startSlackStandIn({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
  Object.assign(process.env, settings({ SLACK_API_URL: sim.apiUrl, AzureWebJobsStorage: azurite.connectionString }));
});
after(async () => {
  await sim.close();
  await azurite.close();
});

const commandRequest = (text: string, channel: string = IDS.ops) => {
  const body = new URLSearchParams({
    team_id: 'T1', channel_id: channel, channel_name: 'ops', user_id: IDS.carol, user_name: 'carol', command: '/asm', text,
    response_url: `${sim.url}/hooks/commands/x`, trigger_id: '1.2.3', api_app_id: 'A1',
  }).toString();
  // The function reads the real clock; the request is signed with it.
  return new functions.HttpRequest({ method: 'POST', url: 'http://localhost/api/slack/events', body: { string: body }, headers: signedHeaders(SIGNING_SECRET, Math.floor(Date.now() / 1000), body) });
};

test('functions/slack: a signed /asm vm list is acknowledged in the channel; its job goes on the asm-jobs output, and the worker\'s run-job records it', async () => {
  const { slack, jobsQueue } = await import('../../functions/slack.ts');
  const context = new functions.InvocationContext({ functionName: 'slack', logHandler: () => {} });
  const response = (await slack(commandRequest('vm list'), context)) as { status?: number; jsonBody?: unknown };
  assert.equal(response.status, 200);
  assert.equal((response.jsonBody as { response_type: string }).response_type, 'in_channel');
  const queued = context.extraOutputs.get(jobsQueue);
  // As the queue carries it: JSON text, read back by the worker's parser.
  const message = parseJobMessage(JSON.stringify(queued));
  assert.equal(message?.action, 'plan');
  assert.deepEqual([message?.job?.status, message?.job?.command, message?.job?.origin['channel']], ['planned', 'vm list', IDS.ops]);
  assert.deepEqual([message?.audit?.kind, message?.audit?.userId], ['request', IDS.carol]);
  const store = createTableJobStore({ connectionString: azurite.connectionString });
  assert.equal(await store.get(message!.jobId), undefined, 'the function wrote no row');
  // The worker's first step on the message (functions/run-job runs it before planning).
  const { intake } = await import('../../src/worker/intake.ts');
  const { createAuditLog } = await import('../../src/slack/audit/index.ts');
  const audit = createAuditLog({ connectionString: azurite.connectionString });
  await intake({ jobs: store, audit, logger: { info() {}, warn() {}, error() {} } }, message!);
  const job = await store.get(message!.jobId);
  assert.deepEqual([job?.status, job?.command, job?.origin['channel'], job?.requester], ['planned', 'vm list', IDS.ops, IDS.carol]);
  assert.ok((await audit.list({ channelId: IDS.ops })).some((a) => a.kind === 'request' && a.jobId === job?.id));
});

test('functions/slack: /asm jobs reads the job table the function loads on first use; job show of a queued job says it is not recorded yet', async () => {
  const { slack, jobsQueue } = await import('../../functions/slack.ts');
  const first = new functions.InvocationContext({ logHandler: () => {} });
  await slack(commandRequest('vm show web1'), first);
  const { jobId } = first.extraOutputs.get(jobsQueue) as { jobId: string };
  const show = (await slack(commandRequest(`job show ${jobId}`), new functions.InvocationContext({ logHandler: () => {} }))) as { jsonBody?: { text: string } };
  assert.match(show.jsonBody?.text ?? '', /recorded when the worker takes it from the queue/);
  const list = (await slack(commandRequest('jobs'), new functions.InvocationContext({ logHandler: () => {} }))) as { status?: number; jsonBody?: { text: string } };
  assert.equal(list.status, 200);
  assert.match(JSON.stringify(list.jsonBody), /vm list/, 'the job the worker recorded in the previous test');
});

test('functions/slack: help queues nothing; an unsigned request is 401 and queues nothing', async () => {
  const { slack, jobsQueue } = await import('../../functions/slack.ts');
  const help = new functions.InvocationContext({ logHandler: () => {} });
  assert.equal((await slack(commandRequest('help'), help)).status, 200);
  assert.equal(help.extraOutputs.get(jobsQueue), undefined);
  const forged = new functions.InvocationContext({ logHandler: () => {} });
  const request = new functions.HttpRequest({ method: 'POST', url: 'http://localhost/api/slack/events', body: { string: 'command=%2Fasm&text=vm+list' }, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal((await slack(request, forged)).status, 401);
  assert.equal(forged.extraOutputs.get(jobsQueue), undefined);
});

test('functions/slack.ts registers one anonymous POST trigger on slack/events with the asm-jobs queue output', async () => {
  const source = await import('node:fs/promises').then((fs) => fs.readFile(new URL('../../functions/slack.ts', import.meta.url), 'utf8'));
  assert.ok(source.split('\n').length < 40);
  const { jobsQueue } = await import('../../functions/slack.ts');
  assert.deepEqual({ type: jobsQueue.type, queueName: jobsQueue['queueName'], connection: jobsQueue['connection'] }, { type: 'queue', queueName: 'asm-jobs', connection: 'AzureWebJobsStorage' });
});
