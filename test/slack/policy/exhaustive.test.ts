import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { JobStatus } from '../../../src/jobs/job.ts';
import { createPolicy } from '../../../src/slack/policy/index.ts';
import { config, job, NOW } from './fixtures.ts';

const policy = createPolicy(config);
const STATUSES: JobStatus[] = ['planned', 'awaiting-approval', 'approved', 'running', 'waiting', 'succeeded', 'failed', 'denied', 'expired', 'cancelled'];
const USERS = ['U0ANN', 'U0BOB', 'U0CAT', 'U0DAN', 'U0ZED', 'S0APPROVE', ''];
const CHANNELS = ['C0OPS', 'C0DEV', 'C0LOCK', 'C0NONE'];
const GROUPS = [[], ['S0APPROVE'], ['S0OPERS'], ['U0BOB']];
const APPROVERS: Record<string, string[]> = { C0OPS: ['U0BOB', 'U0CAT'], C0LOCK: ['U0BOB', 'U0CAT'], C0DEV: ['U0CAT'] };

// The rule, stated independently: an approval is allowed only when every condition holds.
test('no approval bypass over every actor, channel, status, expiry and requester', () => {
  fc.assert(fc.property(
    fc.constantFrom(...USERS), fc.constantFrom(...CHANNELS), fc.constantFrom(...CHANNELS), fc.constantFrom(...GROUPS),
    fc.constantFrom(...STATUSES), fc.constantFrom(...USERS), fc.integer({ min: -120, max: 120 }),
    (user, actorChannel, jobChannel, groups, status, requester, minutes) => {
      const expiresAt = new Date(NOW.getTime() + minutes * 60_000).toISOString();
      const subject = job({ status, requester, origin: { channel: jobChannel }, expiresAt, binding: policy.bindingFor(jobChannel) ?? { subscriptionId: 'x', certificate: 'y' } });
      const d = policy.mayDecide({ userId: user, channelId: actorChannel, groups }, subject, NOW);
      const approver = (APPROVERS[actorChannel] ?? []).includes(user) || (actorChannel !== 'C0DEV' && groups.includes('S0APPROVE') && user.startsWith('U'));
      const expected = actorChannel === jobChannel && actorChannel !== 'C0NONE' && status === 'awaiting-approval' && minutes > 0 && user !== requester && approver;
      assert.equal(d.allowed, expected, JSON.stringify({ user, actorChannel, jobChannel, groups, status, requester, minutes, d }));
      if (!d.allowed) assert.ok(d.reason.length > 20);
    },
  ), { numRuns: 5000 });
});
