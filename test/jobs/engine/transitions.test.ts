import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../../../src/commands/index.ts';
import type { Job, JobStatus, StepState } from '../../../src/jobs/index.ts';
import { isJobTransitionError } from '../../../src/jobs/transition-error.ts';
import * as t from '../../../src/jobs/transitions.ts';

const AT = '2024-05-01T10:00:00.000Z';
const LATER = '2024-05-01T11:00:00.000Z';
const plan: Plan = {
  version: 1, commandId: 'vm delete', command: 'vm delete a', risk: 'destroy', summary: 'Delete VM a', secrets: [], notes: [],
  steps: [
    { id: 'one', title: 'one', call: 'deployments.delete', args: ['a', 'a'], async: true },
    { id: 'two', title: 'two', call: 'hostedServices.delete', args: ['a'], async: true },
  ],
};
const error = { code: 'Boom', message: 'It broke.' };

const STATUSES: readonly JobStatus[] = ['planned', 'awaiting-approval', 'approved', 'running', 'waiting', 'succeeded', 'failed', 'denied', 'expired', 'cancelled'];

function jobIn(status: JobStatus, steps: readonly StepState[] = [{ status: 'pending' }, { status: 'pending' }]): Job {
  return {
    id: 'j1', version: '1', command: plan.command, commandId: plan.commandId, risk: 'destroy', requester: 'U1', origin: {},
    status, plan, steps, createdAt: AT, updatedAt: AT, expiresAt: LATER,
  };
}

/** Each job-level change, and the statuses it is allowed from. */
const JOB_CHANGES: readonly { name: string; from: readonly JobStatus[]; apply(job: Job): Job; to: JobStatus }[] = [
  { name: 'planned (approval)', from: ['planned'], apply: (j) => t.planned(j, plan, AT, { requireApproval: true }), to: 'awaiting-approval' },
  { name: 'planned (no approval)', from: ['planned'], apply: (j) => t.planned(j, plan, AT, { requireApproval: false }), to: 'approved' },
  { name: 'planFailed', from: ['planned'], apply: (j) => t.planFailed(j, error, AT), to: 'failed' },
  { name: 'approve', from: ['awaiting-approval'], apply: (j) => t.approve(j, 'U2', AT), to: 'approved' },
  { name: 'deny', from: ['awaiting-approval'], apply: (j) => t.deny(j, 'U2', AT), to: 'denied' },
  { name: 'expire', from: ['awaiting-approval'], apply: (j) => t.expire(j, LATER), to: 'expired' },
  { name: 'cancel', from: ['planned', 'awaiting-approval', 'approved'], apply: (j) => t.cancel(j, 'U1', AT), to: 'cancelled' },
  { name: 'start', from: ['approved'], apply: (j) => t.start(j, AT), to: 'running' },
  { name: 'fail', from: ['approved', 'running', 'waiting'], apply: (j) => t.fail(j, error, AT), to: 'failed' },
];

describe('job transitions', () => {
  for (const change of JOB_CHANGES) {
    for (const status of STATUSES) {
      const legal = change.from.includes(status);
      it(`${change.name} from ${status} is ${legal ? 'allowed' : 'refused'}`, () => {
        const job = jobIn(status);
        if (legal) {
          const next = change.apply(job);
          assert.equal(next.status, change.to);
          assert.equal(next.version, job.version, 'the version is the store\'s to change');
          assert.equal(job.status, status, 'the input is not changed');
        } else {
          assert.throws(() => change.apply(job), (e) => isJobTransitionError(e) && (e as { from: string }).from === status);
        }
      });
    }
  }

  it('stores the plan with one pending step per plan step, and the expiry', () => {
    const next = t.planned(jobIn('planned', []), plan, AT, { requireApproval: true, expiresAt: LATER });
    assert.deepEqual(next.steps, [{ status: 'pending' }, { status: 'pending' }]);
    assert.equal(next.expiresAt, LATER);
    assert.deepEqual(next.plan, plan);
  });

  it('records who decided and when', () => {
    assert.deepEqual(t.approve(jobIn('awaiting-approval'), 'U2', AT).decision, { kind: 'approved', by: 'U2', at: AT });
    assert.deepEqual(t.expire(jobIn('awaiting-approval'), LATER).decision, { kind: 'expired', by: 'system', at: LATER });
  });

  it('refuses an approval at or after expiresAt, and an expiry before it', () => {
    assert.throws(() => t.approve(jobIn('awaiting-approval'), 'U2', LATER), (e) => isJobTransitionError(e) && (e as { reason: string }).reason === 'expired');
    assert.throws(() => t.expire(jobIn('awaiting-approval'), AT), (e) => isJobTransitionError(e) && (e as { reason: string }).reason === 'not-expired');
  });

  it('finishes only when every step succeeded or was skipped', () => {
    assert.throws(() => t.finish(jobIn('running'), AT), isJobTransitionError);
    const done = jobIn('running', [{ status: 'skipped', at: AT }, { status: 'succeeded', at: AT }]);
    assert.equal(t.finish(done, AT).status, 'succeeded');
    for (const status of STATUSES.filter((s) => s !== 'running')) assert.throws(() => t.finish({ ...done, status }, AT), isJobTransitionError);
  });
});

describe('step transitions', () => {
  const running = jobIn('running');

  it('runs a step: calling, submitted (waiting), polled, succeeded, then the next step', () => {
    const calling = t.stepCalling(running, 0, AT);
    assert.deepEqual(calling.steps[0], { status: 'calling', at: AT });
    const submitted = t.stepSubmitted(calling, 0, 'req1', AT);
    assert.equal(submitted.status, 'waiting');
    const polled = t.stepPolled(submitted, 0, LATER, { code: 'ServerBusy', message: 'busy' });
    assert.equal(polled.status, 'waiting');
    assert.deepEqual(polled.steps[0], { status: 'submitted', requestId: 'req1', at: AT, polledAt: LATER, pollError: { code: 'ServerBusy', message: 'busy' } });
    const done = t.stepSucceeded(polled, 0, LATER);
    assert.equal(done.status, 'running');
    assert.deepEqual(done.steps[0], { status: 'succeeded', at: LATER, requestId: 'req1' });
    assert.equal(t.currentStep(done), 1);
    assert.equal(t.stepCalling(done, 1, LATER).steps[1]?.status, 'calling');
  });

  it('keeps results and marks truncation', () => {
    const next = t.stepSucceeded(t.stepCalling(running, 0, AT), 0, AT, { result: [1, 2], truncated: true });
    assert.deepEqual(next.steps[0], { status: 'succeeded', at: AT, result: [1, 2], truncated: true });
  });

  it('skips a pending step, and waits on a call in doubt', () => {
    assert.equal(t.stepSkipped(running, 0, AT, 'exists').steps[0]?.status, 'skipped');
    const doubt = t.stepInDoubt(t.stepCalling(running, 0, AT), 0, AT);
    assert.equal(doubt.status, 'waiting');
    assert.equal(doubt.steps[0]?.status, 'calling');
    assert.equal(t.stepSucceeded(doubt, 0, LATER).status, 'running');
  });

  it('a failed step fails the job with its error, keeping its request id', () => {
    const failed = t.stepFailed(t.stepSubmitted(t.stepCalling(running, 0, AT), 0, 'req1', AT), 0, LATER, error);
    assert.equal(failed.status, 'failed');
    assert.deepEqual(failed.error, error);
    assert.deepEqual(failed.steps[0], { status: 'failed', at: LATER, error, requestId: 'req1' });
    assert.deepEqual(failed.steps[1], { status: 'pending' });
  });

  it('refuses steps out of order, in the wrong state, or on a job that is not running', () => {
    assert.throws(() => t.stepCalling(running, 1, AT), isJobTransitionError, 'not the current step');
    assert.throws(() => t.stepCalling(running, 5, AT), isJobTransitionError, 'no such step');
    assert.throws(() => t.stepSubmitted(running, 0, 'req', AT), isJobTransitionError, 'submitted without calling');
    assert.throws(() => t.stepSubmitted(t.stepCalling(running, 0, AT), 0, '', AT), isJobTransitionError, 'no request id');
    assert.throws(() => t.stepPolled(t.stepCalling(running, 0, AT), 0, AT), isJobTransitionError, 'nothing to poll');
    assert.throws(() => t.stepSucceeded(running, 0, AT), isJobTransitionError, 'succeeded without calling');
    for (const status of STATUSES.filter((s) => s !== 'running')) {
      assert.throws(() => t.stepCalling(jobIn(status), 0, AT), isJobTransitionError, `calling in ${status}`);
      assert.throws(() => t.stepSkipped(jobIn(status), 0, AT), isJobTransitionError, `skip in ${status}`);
    }
    for (const status of STATUSES.filter((s) => s !== 'running' && s !== 'waiting')) {
      const calling = jobIn(status, [{ status: 'calling', at: AT }, { status: 'pending' }]);
      assert.throws(() => t.stepSucceeded(calling, 0, AT), isJobTransitionError, `succeed in ${status}`);
      assert.throws(() => t.stepFailed(calling, 0, AT, error), isJobTransitionError, `fail in ${status}`);
    }
    const finished = jobIn('succeeded', [{ status: 'succeeded', at: AT }, { status: 'succeeded', at: AT }]);
    assert.throws(() => t.stepFailed(finished, 1, AT, error), isJobTransitionError, 'a finished job never changes');
  });
});
