import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { webApi } from '@slack/bolt';
import { startSlackStandIn, type SlackStandIn } from '../../../src/local/slack/index.ts';
import { createGroupResolver, createPolicy, resolveActor } from '../../../src/slack/policy/index.ts';
import { config } from './fixtures.ts';

const TOKEN = 'xoxb-test-token';
let sim: SlackStandIn;
let web: webApi.WebClient;

before(async () => {
  sim = await startSlackStandIn({ botToken: TOKEN, signingSecret: '8f742231b10e8888abcd99yyyzzz85a5' });
  sim.state.addUsergroup('S0OPERS', ['U0GUS', 'U0HAL']);
  sim.state.addUsergroup('S0APPROVE', ['U0IVY']);
  web = new webApi.WebClient(TOKEN, { slackApiUrl: sim.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
});
after(() => sim.close());

const lookups = () => sim.calls.filter((c) => c.method === 'usergroups.users.list').length;

describe('user-group resolver through the Web API client and the Slack stand-in', () => {
  test('resolves membership, caches per group for ttl, then reads again', async () => {
    let clock = 0;
    const resolver = createGroupResolver(web, { ttlMs: 60_000, now: () => clock });
    const start = lookups();
    assert.deepEqual(await resolver.groupsOf('U0GUS', ['S0OPERS', 'S0APPROVE']), ['S0OPERS']);
    assert.deepEqual(await resolver.groupsOf('U0IVY', ['S0OPERS', 'S0APPROVE']), ['S0APPROVE']);
    assert.equal(lookups() - start, 2);
    sim.state.addUsergroup('S0OPERS', ['U0HAL']);
    clock = 59_999;
    assert.deepEqual(await resolver.groupsOf('U0GUS', ['S0OPERS']), ['S0OPERS']);
    clock = 60_000;
    assert.deepEqual(await resolver.groupsOf('U0GUS', ['S0OPERS']), []);
    assert.equal(lookups() - start, 3);
  });

  test('concurrent checks share one lookup per group', async () => {
    const resolver = createGroupResolver(web, { now: () => 0 });
    const start = lookups();
    const answers = await Promise.all(Array.from({ length: 5 }, () => resolver.groupsOf('U0HAL', ['S0OPERS'])));
    assert.deepEqual(answers, Array.from({ length: 5 }, () => ['S0OPERS']));
    assert.equal(lookups() - start, 1);
  });

  test('a group that cannot be read grants nothing; a failed refresh keeps the last members', async () => {
    let clock = 0;
    const errors: string[] = [];
    const resolver = createGroupResolver(web, { ttlMs: 1000, now: () => clock, onError: (g, e) => errors.push(`${g}: ${(e as { data?: { error?: string } }).data?.error}`) });
    assert.deepEqual(await resolver.groupsOf('U0GUS', ['S0GONE']), []);
    assert.deepEqual(errors, ['S0GONE: no_such_subteam']);
    assert.deepEqual(await resolver.groupsOf('U0HAL', ['S0OPERS']), ['S0OPERS']);
    clock = 5000;
    sim.faults.inject('usergroups.users.list', { error: 'missing_scope' });
    assert.deepEqual(await resolver.groupsOf('U0HAL', ['S0OPERS']), ['S0OPERS']);
    assert.equal(errors[1], 'S0OPERS: missing_scope');
  });

  test('resolveActor looks groups up only when the channel\'s roles name some, and the policy then grants through them', async () => {
    const policy = createPolicy(config);
    const resolver = createGroupResolver(web);
    const start = lookups();
    const unbound = await resolveActor(policy, resolver, { userId: 'U0HAL', channelId: 'C0NONE' });
    assert.deepEqual(unbound, { userId: 'U0HAL', channelId: 'C0NONE' });
    assert.equal(lookups(), start);
    const hal = await resolveActor(policy, resolver, { userId: 'U0HAL', channelId: 'C0OPS' });
    assert.deepEqual(hal.groups, ['S0OPERS']);
    assert.equal(policy.mayRun(hal, 'change').allowed, true);
    assert.equal(policy.mayRun({ userId: 'U0HAL', channelId: 'C0OPS' }, 'change').allowed, false);
  });

  test('an aborted lookup throws', async () => {
    const resolver = createGroupResolver(web);
    await assert.rejects(resolver.groupsOf('U0HAL', ['S0OPERS'], { abortSignal: AbortSignal.abort() }), { name: 'AbortError' });
  });
});
