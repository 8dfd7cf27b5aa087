import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startBot, type Bot } from './harness.ts';

let bot: Bot;
before(async () => { bot = await startBot(); });
after(() => bot.close());

// Slack asks the bot to come back in 30 s. Nothing on the request's path may sleep that out:
// Slack gives up on the answer after 3 s, and the advance message (the invocation's output binding)
// is queued only when the invocation ends.
test('an approval whose card update is rate limited still answers the click and queues the advance at once', { timeout: 10_000 }, async () => {
  await bot.command('alice', 'vm create web9 "West US"');
  const { job, ts } = await bot.planAndPostCard(bot.queued.at(-1)!.jobId);
  bot.sim.faults.inject('chat.update', { ratelimited: 30 });
  const click = await bot.click('bob', ts, 'job.approve');
  assert.equal(click.status, 200);
  assert.equal((await bot.jobs.get(job.id))?.status, 'approved');
  assert.equal(bot.queued.filter((m) => m.jobId === job.id && m.action === 'advance').length, 1);
});
