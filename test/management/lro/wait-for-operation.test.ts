import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS, waitForOperation } from '../../../src/management/lro/index.ts';
import type { OperationStatus } from '../../../src/management/index.ts';

/** A clock that moves only when the wait sleeps: no test here waits in real time. */
function fakeClock(start = 1_700_000_000_000) {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    elapsed: () => time - start,
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
  };
}

function scripted(statuses: OperationStatus[], clock?: { now(): number }) {
  const polls: number[] = [];
  return {
    polls,
    poll: async () => {
      polls.push(clock?.now() ?? polls.length);
      return statuses[Math.min(polls.length - 1, statuses.length - 1)]!;
    },
  };
}

const inProgress: OperationStatus = { id: 'a-b', status: 'InProgress' };

test('resolves with the final status once the operation succeeds, pausing the interval between polls', async () => {
  const clock = fakeClock();
  const { poll, polls } = scripted([inProgress, inProgress, { id: 'a-b', status: 'Succeeded', httpStatusCode: 200 }], clock);
  const progress: string[] = [];
  const result = await waitForOperation('ab', poll, { ...clock, onProgress: (s) => progress.push(s.status) });
  assert.deepEqual(result, { id: 'a-b', status: 'Succeeded', httpStatusCode: 200 });
  assert.deepEqual(clock.sleeps, [DEFAULT_POLL_INTERVAL_MS, DEFAULT_POLL_INTERVAL_MS]);
  assert.equal(polls.length, 3);
  assert.equal(polls[2]! - polls[0]!, 2 * DEFAULT_POLL_INTERVAL_MS);
  assert.deepEqual(progress, ['InProgress', 'InProgress']);
});

test('a failed operation rejects with the service error, never resolves', async () => {
  const { poll } = scripted([
    inProgress,
    { id: 'a-b', status: 'Failed', httpStatusCode: 409, error: { code: 'ConflictError', message: 'The deployment is busy.' } },
  ]);
  await assert.rejects(waitForOperation('ab', poll, { ...fakeClock() }), {
    name: 'ManagementError',
    code: 'ConflictError',
    message: 'The deployment is busy.',
    statusCode: 409,
    requestId: 'ab',
  });
});

test('a failure without an error body still rejects, with OperationFailed', async () => {
  const { poll } = scripted([{ id: 'x', status: 'Failed', httpStatusCode: 500 }]);
  await assert.rejects(waitForOperation('x', poll, { ...fakeClock() }), { code: 'OperationFailed', statusCode: 500 });
});

test('the default ten-minute deadline passes on the injected clock: the last pause is cut to the time left, then OperationTimeout', async () => {
  const clock = fakeClock();
  const { poll, polls } = scripted([inProgress], clock);
  await assert.rejects(waitForOperation('ab', poll, { ...clock, intervalMs: 7_000 }), {
    code: 'OperationTimeout',
    message: /still InProgress after 600 s/,
  });
  assert.equal(clock.elapsed(), DEFAULT_WAIT_TIMEOUT_MS);
  assert.equal(clock.sleeps.length, Math.ceil(DEFAULT_WAIT_TIMEOUT_MS / 7_000));
  assert.equal(clock.sleeps.at(-1), DEFAULT_WAIT_TIMEOUT_MS % 7_000);
  assert.equal(polls.at(-1), polls[0]! + DEFAULT_WAIT_TIMEOUT_MS, 'polled once more at the deadline before giving up');
});

test('a sub-second deadline reads in milliseconds', async () => {
  const clock = fakeClock();
  const { poll } = scripted([inProgress], clock);
  await assert.rejects(waitForOperation('ab', poll, { ...clock, intervalMs: 5, timeoutMs: 20 }), { code: 'OperationTimeout', message: /after 20 ms/ });
  assert.deepEqual(clock.sleeps, [5, 5, 5, 5]);
});

test('aborting during a pause rejects at once with Aborted, whatever the sleep does', async () => {
  const { poll, polls } = scripted([inProgress]);
  const controller = new AbortController();
  const sleeps: number[] = [];
  const neverWakes = (ms: number) => {
    sleeps.push(ms);
    queueMicrotask(() => controller.abort(new Error('stop')));
    return new Promise<void>(() => {});
  };
  await assert.rejects(waitForOperation('ab', poll, { sleep: neverWakes, now: () => 0, abortSignal: controller.signal }), {
    code: 'Aborted',
    message: /Stopped waiting for operation ab/,
  });
  assert.equal(polls.length, 1);
  assert.deepEqual(sleeps, [DEFAULT_POLL_INTERVAL_MS]);
});

test('an already aborted signal stops before the first poll', async () => {
  const { poll, polls } = scripted([inProgress]);
  await assert.rejects(waitForOperation('ab', poll, { ...fakeClock(), abortSignal: AbortSignal.abort() }), { code: 'Aborted' });
  assert.equal(polls.length, 0);
});

test('without an injected clock it still waits on a real timer (a 1 ms interval)', async () => {
  const { poll, polls } = scripted([inProgress, { id: 'a-b', status: 'Succeeded' }]);
  assert.equal((await waitForOperation('ab', poll, { intervalMs: 1 })).status, 'Succeeded');
  assert.equal(polls.length, 2);
});
