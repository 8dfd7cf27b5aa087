import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { NewJob } from '../../../src/jobs/index.ts';
import { MemoryJobStore } from '../../../src/jobs/memory-store.ts';
import { startAzurite, type RunningAzurite } from '../../../src/local/azurite/start-azurite.ts';
import {
  createTableDigestStore, decodeSnapshot, parseDigestCommand, postDigestNow, PostOutcomeUnknownError, runDigest,
  type DigestMessage, type DigestSchedule, type DigestScheduleStore, type RunDigestDeps,
} from '../../../src/jobs/digest/index.ts';
import type { ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { blockText } from './support/block-kit-limits.ts';
import { startSubscription } from './support/subscription.ts';

const schedule = (parseDigestCommand('daily 09:00 Europe/Berlin') as { schedule: DigestSchedule }).schedule;

describe('runDigest: scheduled digests through Table Storage (Azurite) and the emulator', () => {
  let azurite: RunningAzurite;
  let f: ContractFixture;
  let tables = 0;
  let store: DigestScheduleStore;
  let jobs: MemoryJobStore;
  let posts: { channel: string; message: DigestMessage }[];
  let clock: Date;
  let failPosts: (Error | undefined)[];
  const binding = () => ({ subscriptionId: f.t.emulator.subscriptionId, certificate: 'emulator-demo' });
  const deps = (extra: Partial<RunDigestDeps> = {}): RunDigestDeps => ({
    schedules: store, jobs, now: () => clock,
    clientFor: () => f.client,
    certificateExpiry: async () => new Date('2025-03-25T00:00:00Z'),
    post: async (channel, message) => {
      const failure = failPosts.shift();
      if (failure) throw failure;
      posts.push({ channel, message });
      return { ts: `1700000000.${String(posts.length).padStart(6, '0')}` };
    },
    ...extra,
  });

  before(async () => {
    [azurite, f] = await Promise.all([startAzurite(), startSubscription()]);
  });
  after(async () => { await Promise.all([azurite.close(), f.close()]); });
  beforeEach(async () => {
    store = createTableDigestStore({ connectionString: azurite.connectionString, tableName: `rundigests${++tables}` });
    jobs = new MemoryJobStore();
    posts = [];
    failPosts = [];
    clock = new Date('2025-03-10T15:00:00Z');
    await store.setSchedule('C1', schedule, binding(), { now: clock });
  });

  it('posts once per period: the first tick of the period posts, the next ticks do nothing', async () => {
    const job: NewJob = { id: 'j1', command: 'vm start web1', commandId: 'vm.start', risk: 'change', requester: 'U1', origin: { channel: 'C1' }, status: 'succeeded', steps: [], createdAt: '2025-03-10T12:00:00.000Z', updatedAt: '2025-03-10T12:00:00.000Z' };
    await jobs.create(job);
    assert.deepEqual(await runDigest(deps()), []);
    clock = new Date('2025-03-11T08:00:30Z');
    assert.deepEqual(await runDigest(deps()), [{ channel: 'C1', periodKey: '2025-03-11T08:00:00.000Z', outcome: 'posted' }]);
    clock = new Date('2025-03-11T08:01:00Z');
    assert.deepEqual(await runDigest(deps()), []);
    assert.equal(posts.length, 1);
    const text = blockText(posts[0]!.message.blocks);
    assert.match(text, /`websvc` \(North Europe\): production `webprod` Running/);
    assert.match(text, /`web1` \(vmsvc\): Started/);
    assert.match(text, /`digeststore`/);
    assert.match(text, /1 succeeded/);
    assert.match(text, /expires on 25 Mar 2025/);
    assert.match(text, /Nothing to compare with yet/);
    assert.match(text, /daily 09:00 Europe\/Berlin · next 2025-03-12T08:00:00.000Z/);
    const record = await store.get('C1');
    assert.deepEqual([record?.periodState, record?.messageTs], ['posted', '1700000000.000001']);
    assert.equal(decodeSnapshot(record?.snapshot)?.form, 'full');
  });

  it('the next digest says what changed since the last one', async () => {
    clock = new Date('2025-03-11T08:00:00Z');
    await runDigest(deps());
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'laterstore', label: 'later', location: 'West Europe' }));
    await f.wait(await f.client.virtualMachines.shutdown('vmsvc', 'vmdep', 'web1'));
    try {
      clock = new Date('2025-03-12T08:00:00Z');
      assert.equal((await runDigest(deps()))[0]?.outcome, 'posted');
      const text = blockText(posts[1]!.message.blocks);
      assert.match(text, /\*Changed since the last digest\*\nSince 11 Mar 2025, 09:00 CET: 1 appeared, 0 disappeared, 1 changed state/);
      assert.match(text, /\+ storage account `laterstore` appeared/);
      assert.match(text, /VM `web1 \(vmsvc\)`: Started → Stopped/);
    } finally {
      await f.wait(await f.client.virtualMachines.start('vmsvc', 'vmdep', 'web1'));
      await f.wait(await f.client.storageAccounts.delete('laterstore'));
    }
  });

  it('two runners racing on one tick: one posts, the other finds the period taken', async () => {
    clock = new Date('2025-03-11T08:00:00Z');
    const results = (await Promise.all([runDigest(deps()), runDigest(deps())])).flat();
    assert.equal(posts.length, 1);
    assert.deepEqual(results.map((r) => r.outcome).sort(), ['posted', 'taken']);
  });

  it('a failed post is retried on the next tick exactly once; a second failure is told in the next digest', async () => {
    clock = new Date('2025-03-11T08:00:00Z');
    failPosts = [new Error('An API error occurred: channel_not_found'), new Error('An API error occurred: channel_not_found')];
    assert.deepEqual((await runDigest(deps())).map((r) => r.outcome), ['failed']);
    assert.equal((await store.get('C1'))?.periodState, 'failed');
    clock = new Date('2025-03-11T08:00:15Z');
    assert.deepEqual((await runDigest(deps())).map((r) => r.outcome), ['failed']);
    clock = new Date('2025-03-11T08:00:30Z');
    assert.deepEqual(await runDigest(deps()), []);
    assert.equal(posts.length, 0);
    clock = new Date('2025-03-12T08:00:00Z');
    assert.deepEqual((await runDigest(deps())).map((r) => r.outcome), ['posted']);
    assert.match(blockText(posts[0]!.message.blocks), /\*Note\*\nThe digest due 2025-03-11T08:00:00.000Z could not be posted \(2 attempts\): An API error occurred: channel_not_found/);
  });

  it('a failed post that succeeds on its retry is posted once', async () => {
    clock = new Date('2025-03-11T08:00:00Z');
    failPosts = [new Error('ECONNREFUSED')];
    await runDigest(deps());
    clock = new Date('2025-03-11T08:00:15Z');
    assert.deepEqual((await runDigest(deps())).map((r) => r.outcome), ['posted']);
    clock = new Date('2025-03-11T08:00:30Z');
    assert.deepEqual(await runDigest(deps()), []);
    assert.equal(posts.length, 1);
  });

  it('a post whose fate is unknown is never retried, and the next digest says so', async () => {
    clock = new Date('2025-03-11T08:00:00Z');
    failPosts = [new PostOutcomeUnknownError('No answer from Slack after sending.')];
    assert.deepEqual((await runDigest(deps())).map((r) => r.outcome), ['unknown']);
    clock = new Date('2025-03-11T08:00:15Z');
    assert.deepEqual(await runDigest(deps()), []);
    clock = new Date('2025-03-12T08:00:00Z');
    await runDigest(deps());
    assert.match(blockText(posts[0]!.message.blocks), /may not have been posted \(its answer was lost: No answer from Slack after sending\.\)/);
  });

  it('a subscription that cannot be read still gets its digest, saying why', async () => {
    clock = new Date('2025-03-11T08:00:00Z');
    f.t.emulator.admin.setFaults({ errorRates: { 500: 1 } });
    try {
      assert.deepEqual((await runDigest(deps())).map((r) => r.outcome), ['posted']);
    } finally {
      f.t.emulator.admin.clearFaults();
    }
    assert.match(blockText(posts[0]!.message.blocks), /The subscription could not be read: InternalError/);
  });

  it('`now` posts at once and leaves the schedule and its state untouched', async () => {
    const before = await store.get('C1');
    clock = new Date('2025-03-10T16:00:00Z');
    const message = await postDigestNow(deps(), 'C1');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]?.message, message);
    assert.match(blockText(message.blocks), /From 10 Mar 2025, 09:00 CET to 10 Mar 2025, 17:00 CET/);
    assert.deepEqual(await store.get('C1'), before);
    await assert.rejects(postDigestNow(deps(), 'C-unknown'), { code: 'DIGEST_NO_BINDING', message: /no subscription for digests/ });
    await postDigestNow(deps(), 'C-unknown', { binding: binding() });
    assert.match(blockText(posts[1]!.message.blocks), /On request/);
  });
});
