import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { slackSignature } from '../../../src/local/slack/sign.ts';
import { IDS, SIGNING_SECRET, startBot, textOf, type Bot } from './harness.ts';

let bot: Bot;
before(async () => { bot = await startBot(); });
after(() => bot.close());

async function awaitingJob(text = 'vm create web1 "West US"', channel: 'ops' | 'dev' = 'ops') {
  const before = bot.queued.length;
  await bot.command('alice', text, channel);
  const jobId = bot.queued.slice(before)[0]!.jobId;
  return bot.planAndPostCard(jobId, channel === 'ops' ? IDS.ops : IDS.dev);
}

const lastEphemeral = (user: keyof typeof IDS) => bot.sim.state.ephemeralsFor(IDS[user]).at(-1);
const advances = (jobId: string) => bot.queued.filter((m) => m.jobId === jobId && m.action === 'advance').length;

test('R7: the requester cannot approve their own job; a non-approver cannot; both are told and audited', async () => {
  const { job, ts } = await awaitingJob();
  assert.equal((await bot.click('alice', ts, 'job.approve')).status, 200);
  assert.match(lastEphemeral('alice')?.text ?? '', /someone else has to approve/);
  assert.equal((await bot.click('carol', ts, 'job.approve')).status, 200);
  assert.match(lastEphemeral('carol')?.text ?? '', /Only an approver/);
  assert.equal((await bot.jobs.get(job.id))?.status, 'awaiting-approval');
  assert.equal(advances(job.id), 0);
  const audit = (await bot.audit.list({ channelId: IDS.ops, limit: 20 })).filter((a) => a.jobId === job.id && a.kind === 'refusal');
  assert.deepEqual(audit.map((a) => a.reason?.split(':')[0]).sort(), ['NOT_AN_APPROVER', 'OWN_JOB']);
});

test('R7: an approver approves: the card changes in place, buttons gone, the job is queued to advance; a second click is told who decided', async () => {
  const { job, ts } = await awaitingJob();
  // A second client still showing the card with its buttons (Slack updates clients asynchronously).
  const stale = bot.sim.state.post({ channel: IDS.ops, user: bot.sim.state.identity.botUserId, text: 'stale', bot: true, blocks: structuredClone(bot.sim.state.message(IDS.ops, ts)!.blocks!) });
  await bot.click('bob', ts, 'job.approve');
  const stored = await bot.jobs.get(job.id);
  assert.deepEqual([stored?.status, stored?.decision?.by], ['approved', IDS.bob]);
  assert.equal(advances(job.id), 1);
  const card = bot.sim.state.message(IDS.ops, ts)!;
  assert.ok(card.edited);
  assert.ok(!textOf(card.blocks).includes('job.approve'));
  assert.match(textOf(card), /U0BOB0001/);
  await bot.click('dave', stale.ts, 'job.approve');
  assert.match(lastEphemeral('dave')?.text ?? '', /already approved by <@U0BOB0001>/);
  assert.equal(advances(job.id), 1);
  const kinds = (await bot.audit.list({ channelId: IDS.ops, limit: 20 })).filter((a) => a.jobId === job.id).map((a) => `${a.kind}:${a.userId}`);
  assert.ok(kinds.includes(`approval:${IDS.bob}`) && kinds.includes(`refusal:${IDS.dave}`));
});

test('R7: a denial ends the job, leaves nothing queued and says so on the card', async () => {
  const { job, ts } = await awaitingJob('vm start web1');
  await bot.click('bob', ts, 'job.deny');
  assert.equal((await bot.jobs.get(job.id))?.status, 'denied');
  assert.equal(advances(job.id), 0);
  assert.match(textOf(bot.sim.state.message(IDS.ops, ts)), /[Dd]enied/);
});

test('R7: two approvers at once: exactly one wins, the other is told, one advance queued', async () => {
  const { job, ts } = await awaitingJob('vm restart web1');
  const before = { bob: bot.sim.state.ephemeralsFor(IDS.bob).length, dave: bot.sim.state.ephemeralsFor(IDS.dave).length };
  const [a, b] = await Promise.all([bot.click('bob', ts, 'job.approve'), bot.click('dave', ts, 'job.approve')]);
  assert.deepEqual([a.status, b.status], [200, 200]);
  const stored = await bot.jobs.get(job.id);
  assert.equal(stored?.status, 'approved');
  assert.equal(advances(job.id), 1);
  const loser = stored?.decision?.by === IDS.bob ? 'dave' : 'bob';
  assert.equal(bot.sim.state.ephemeralsFor(IDS[loser]).length, before[loser] + 1);
  assert.match(lastEphemeral(loser)?.text ?? '', /already approved/);
});

test('R7: a click after the expiry is refused and audited', async () => {
  const { job, ts } = await awaitingJob('vm stop web1');
  bot.clock.ms += 61 * 60_000;
  try {
    await bot.click('bob', ts, 'job.approve');
  } finally {
    bot.clock.ms -= 61 * 60_000;
  }
  assert.equal((await bot.jobs.get(job.id))?.status, 'awaiting-approval');
  assert.match(lastEphemeral('bob')?.text ?? '', /approval window closed/);
  assert.equal(advances(job.id), 0);
});

test('R7: a job of another channel cannot be decided from here', async () => {
  const { job } = await awaitingJob('vm start web2', 'dev');
  // The dev job's card, shown in #ops (as a forwarded copy would be).
  const card = bot.sim.state.post({ channel: IDS.ops, user: bot.sim.state.identity.botUserId, text: 'copy', bot: true,
    blocks: [{ type: 'actions', block_id: 'job.controls', elements: [{ type: 'button', action_id: 'job.approve', value: job.id, text: { type: 'plain_text', text: 'Approve' } }] }] });
  await bot.click('bob', card.ts, 'job.approve');
  assert.match(lastEphemeral('bob')?.text ?? '', /another channel/);
  assert.equal((await bot.jobs.get(job.id))?.status, 'awaiting-approval');
});

test('R7: a replayed click (the same signed bytes) is refused with 401 and changes nothing', async () => {
  const { job, ts } = await awaitingJob('vm start web3');
  const payload = {
    type: 'block_actions', user: { id: IDS.bob, username: 'bob', team_id: bot.sim.state.identity.teamId }, team: { id: bot.sim.state.identity.teamId, domain: 'x' },
    api_app_id: bot.sim.state.identity.appId, container: { type: 'message', message_ts: ts, channel_id: IDS.ops }, channel: { id: IDS.ops, name: 'ops' },
    trigger_id: '1.2.3', response_url: `${bot.sim.url}/hooks/actions/none`, actions: [{ type: 'button', action_id: 'job.deny', block_id: 'job.controls', value: job.id, action_ts: '1.1' }],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const tsSeconds = Math.floor(bot.clock.ms / 1000);
  const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(tsSeconds), 'x-slack-signature': slackSignature(SIGNING_SECRET, tsSeconds, body) };
  const first = await fetch(bot.served.url, { method: 'POST', headers, body });
  assert.equal(first.status, 200);
  assert.equal((await bot.jobs.get(job.id))?.status, 'denied');
  const replay = await fetch(bot.served.url, { method: 'POST', headers, body });
  assert.equal(replay.status, 401);
  const forged = await fetch(bot.served.url, { method: 'POST', headers: { ...headers, 'x-slack-signature': slackSignature('another-secret', tsSeconds, body) }, body });
  assert.equal(forged.status, 401);
});
