import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Risk } from '../../../src/commands/index.ts';
import { createPolicy, type Actor, type Decision } from '../../../src/slack/policy/index.ts';
import { config, job, NOW, OTHER_SUB, SUB } from './fixtures.ts';

const policy = createPolicy(config);
const actor = (userId: string, channelId = 'C0OPS', groups?: string[]): Actor => ({ userId, channelId, ...(groups ? { groups } : {}) });

/** A refusal with this code and a reason a person can read (a sentence, no codes or ids alone). */
function refused(decision: Decision, code: string): void {
  assert.equal(decision.allowed, false, `expected ${code}, got allowed`);
  if (decision.allowed) return;
  assert.equal(decision.code, code);
  assert.match(decision.reason, /^[A-Z].{20,}[.;]/);
}

describe('bindings and running', () => {
  test('a bound channel has its binding, in JobBinding shape', () => {
    assert.deepEqual(policy.bindingFor('C0OPS'), { subscriptionId: SUB, certificate: 'ops-cert', endpoint: 'https://127.0.0.1:8443' });
    assert.deepEqual(policy.bindingFor('C0DEV'), { subscriptionId: OTHER_SUB, certificate: 'dev-cert' });
    assert.equal(policy.bindingFor('C0NONE'), undefined);
    assert.equal(policy.bindingFor('constructor'), undefined);
  });

  test('an unbound channel runs nothing, not even a read, and says how to bind it', () => {
    for (const risk of ['read', 'change', 'destroy'] as Risk[]) {
      const d = policy.mayRun(actor('U0ANN', 'C0NONE'), risk);
      refused(d, 'CHANNEL_NOT_BOUND');
      assert.ok(!d.allowed && /ASM_CHANNELS/.test(d.hint ?? ''));
    }
  });

  const table: [string, string, Risk, string | true][] = [
    ['anyone reads in an unrestricted channel', 'U0ZED', 'read', true],
    ['an operator changes', 'U0ANN', 'change', true],
    ['a destroyer destroys', 'U0ANN', 'destroy', true],
    ['an approver may not change', 'U0BOB', 'change', 'NOT_AN_OPERATOR'],
    ['a reader may not change', 'U0ZED', 'change', 'NOT_AN_OPERATOR'],
    ['a reader may not destroy', 'U0ZED', 'destroy', 'NOT_A_DESTROYER'],
    ['an operator who is no destroyer may not destroy', 'U0OPS', 'destroy', 'NOT_A_DESTROYER'],
  ];
  for (const [name, user, risk, expected] of table) {
    test(name, () => {
      const groups = user === 'U0OPS' ? ['S0OPERS'] : undefined;
      const d = policy.mayRun(actor(user, 'C0OPS', groups), risk);
      if (expected === true) assert.deepEqual(d, { allowed: true });
      else refused(d, expected);
    });
  }

  test('restricted reads: readers and role holders read, others are told who may', () => {
    assert.equal(policy.mayRun(actor('U0DAN', 'C0LOCK'), 'read').allowed, true);
    assert.equal(policy.mayRun(actor('U0BOB', 'C0LOCK'), 'read').allowed, true);
    refused(policy.mayRun(actor('U0ZED', 'C0LOCK'), 'read'), 'NOT_A_READER');
    refused(policy.mayRun(actor('U0DAN', 'C0LOCK'), 'destroy'), 'NOT_A_DESTROYER');
  });

  test('group membership grants only when the group is named, and only through actor.groups', () => {
    assert.equal(policy.mayRun(actor('U0GUS', 'C0OPS', ['S0OPERS']), 'change').allowed, true);
    refused(policy.mayRun(actor('U0GUS', 'C0OPS', ['S0OTHER']), 'change'), 'NOT_AN_OPERATOR');
    refused(policy.mayRun(actor('U0GUS', 'C0OPS'), 'change'), 'NOT_AN_OPERATOR');
    // A user id passed off as a group, or a group id as the user, grants nothing.
    refused(policy.mayRun(actor('U0GUS', 'C0OPS', ['U0ANN']), 'change'), 'NOT_AN_OPERATOR');
    refused(policy.mayRun(actor('S0OPERS', 'C0OPS'), 'change'), 'NOT_AN_OPERATOR');
    refused(policy.mayRun(actor('', 'C0OPS', ['S0OPERS']), 'change'), 'NOT_AN_OPERATOR');
  });

  test('approval needs and expiry follow the channel', () => {
    assert.equal(policy.needsApproval('C0OPS', 'change'), true);
    assert.equal(policy.needsApproval('C0OPS', 'read'), false);
    assert.equal(policy.needsApproval('C0DEV', 'change'), false);
    assert.equal(policy.needsApproval('C0DEV', 'destroy'), true);
    assert.equal(policy.needsApproval('C0NONE', 'change'), true);
    assert.equal(policy.approvalExpiry('C0OPS', NOW).toISOString(), '2025-06-01T13:00:00.000Z');
    assert.equal(policy.approvalExpiry('C0DEV', NOW).toISOString(), '2025-06-01T12:15:00.000Z');
  });

  test('groupsIn lists the groups the channel\'s roles name, so lookups happen only when needed', () => {
    assert.deepEqual([...policy.groupsIn('C0OPS')].sort(), ['S0APPROVE', 'S0OPERS']);
    assert.deepEqual(policy.groupsIn('C0DEV'), ['S0OPERS']);
    assert.deepEqual(policy.groupsIn('C0NONE'), []);
  });
});

describe('deciding (R7: the authorization table)', () => {
  test('an approver of the channel approves another person\'s job before it expires', () => {
    assert.deepEqual(policy.mayDecide(actor('U0BOB'), job(), NOW), { allowed: true });
    assert.deepEqual(policy.mayDecide(actor('U0GUS', 'C0OPS', ['S0APPROVE']), job(), NOW), { allowed: true });
  });

  const rows: [string, Actor, Partial<Parameters<typeof job>[0]>, string][] = [
    ['a non-approver approves', actor('U0ZED'), {}, 'NOT_AN_APPROVER'],
    ['an operator who is no approver approves', actor('U0ANN'), { requester: 'U0ZED' }, 'NOT_AN_APPROVER'],
    ['the requester approves their own job', actor('U0BOB'), { requester: 'U0BOB' }, 'OWN_JOB'],
    ['the requester approves their own job through a group', actor('U0ANN', 'C0OPS', ['S0APPROVE']), {}, 'OWN_JOB'],
    ['approve after the expiry', actor('U0BOB'), { expiresAt: '2025-06-01T11:59:59Z' }, 'APPROVAL_EXPIRED'],
    ['approve exactly at the expiry', actor('U0BOB'), { expiresAt: NOW.toISOString() }, 'APPROVAL_EXPIRED'],
    ['approve a job with no expiry', actor('U0BOB'), { expiresAt: undefined }, 'APPROVAL_EXPIRED'],
    ['approve twice (already approved)', actor('U0CAT'), { status: 'approved', decision: { kind: 'approved', by: 'U0BOB', at: NOW.toISOString() } }, 'ALREADY_DECIDED'],
    ['approve a denied job', actor('U0CAT'), { status: 'denied', decision: { kind: 'denied', by: 'U0BOB', at: NOW.toISOString() } }, 'ALREADY_DECIDED'],
    ['approve an expired job', actor('U0CAT'), { status: 'expired', decision: { kind: 'expired', by: 'system', at: NOW.toISOString() } }, 'ALREADY_DECIDED'],
    ['approve a running job with no decision', actor('U0CAT'), { status: 'running' }, 'NOT_AWAITING_APPROVAL'],
    ['approve a job still being planned', actor('U0CAT'), { status: 'planned' }, 'NOT_AWAITING_APPROVAL'],
    ['approve a job of another channel from here', actor('U0BOB', 'C0OPS'), { origin: { channel: 'C0DEV' } }, 'OTHER_CHANNEL'],
    ['approve a job with no channel', actor('U0BOB'), { origin: {} }, 'OTHER_CHANNEL'],
    ['an approver elsewhere approves in a channel where they are not one', actor('U0BOB', 'C0DEV'), { origin: { channel: 'C0DEV' }, binding: { subscriptionId: OTHER_SUB, certificate: 'dev-cert' } }, 'NOT_AN_APPROVER'],
    ['approve in an unbound channel', actor('U0BOB', 'C0NONE'), { origin: { channel: 'C0NONE' } }, 'CHANNEL_NOT_BOUND'],
    ['approve a job planned for a subscription the channel no longer has', actor('U0BOB'), { binding: { subscriptionId: OTHER_SUB, certificate: 'x' } }, 'BINDING_CHANGED'],
  ];
  for (const [name, who, overrides, code] of rows) {
    test(`refused: ${name}`, () => refused(policy.mayDecide(who, job(overrides), NOW), code));
  }

  test('who decided is named when a second approver clicks', () => {
    const d = policy.mayDecide(actor('U0CAT'), job({ status: 'approved', decision: { kind: 'approved', by: 'U0BOB', at: NOW.toISOString() } }), NOW);
    assert.ok(!d.allowed && d.reason.includes('approved by <@U0BOB>'));
  });
});

describe('cancelling', () => {
  test('the requester or an approver cancels before it runs', () => {
    assert.equal(policy.mayCancel(actor('U0ANN'), job(), NOW).allowed, true);
    assert.equal(policy.mayCancel(actor('U0BOB'), job(), NOW).allowed, true);
    assert.equal(policy.mayCancel(actor('U0ANN'), job({ status: 'planned' }), NOW).allowed, true);
  });

  test('refused: someone else, another channel, a job that started or ended', () => {
    refused(policy.mayCancel(actor('U0ZED'), job(), NOW), 'NOT_REQUESTER');
    refused(policy.mayCancel(actor('U0ANN', 'C0DEV'), job(), NOW), 'OTHER_CHANNEL');
    for (const status of ['approved', 'running', 'waiting', 'succeeded', 'failed', 'denied', 'expired', 'cancelled'] as const) {
      refused(policy.mayCancel(actor('U0ANN'), job({ status }), NOW), 'NOT_CANCELLABLE');
    }
  });
});
