import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForOperation } from '../../../src/management/lro/index.ts';
import type { OperationStatus } from '../../../src/management/index.ts';

function scripted(statuses: OperationStatus[]) {
  const polls: number[] = [];
  return {
    polls,
    poll: async () => {
      polls.push(polls.length);
      return statuses[Math.min(polls.length - 1, statuses.length - 1)]!;
    },
  };
}

const inProgress: OperationStatus = { id: 'a-b', status: 'InProgress' };

test('resolves with the final status once the operation succeeds, reporting progress on the way', async () => {
  const { poll, polls } = scripted([inProgress, inProgress, { id: 'a-b', status: 'Succeeded', httpStatusCode: 200 }]);
  const progress: string[] = [];
  const result = await waitForOperation('ab', poll, { intervalMs: 1, onProgress: (s) => progress.push(s.status) });
  assert.deepEqual(result, { id: 'a-b', status: 'Succeeded', httpStatusCode: 200 });
  assert.equal(polls.length, 3);
  assert.deepEqual(progress, ['InProgress', 'InProgress']);
});

test('a failed operation rejects with the service error, never resolves', async () => {
  const { poll } = scripted([
    inProgress,
    { id: 'a-b', status: 'Failed', httpStatusCode: 409, error: { code: 'ConflictError', message: 'The deployment is busy.' } },
  ]);
  await assert.rejects(waitForOperation('ab', poll, { intervalMs: 1 }), {
    name: 'ManagementError',
    code: 'ConflictError',
    message: 'The deployment is busy.',
    statusCode: 409,
    requestId: 'ab',
  });
});

test('a failure without an error body still rejects, with OperationFailed', async () => {
  const { poll } = scripted([{ id: 'x', status: 'Failed', httpStatusCode: 500 }]);
  await assert.rejects(waitForOperation('x', poll, { intervalMs: 1 }), { code: 'OperationFailed', statusCode: 500 });
});

test('the deadline rejects with OperationTimeout after a last poll', async () => {
  const { poll, polls } = scripted([inProgress]);
  await assert.rejects(waitForOperation('ab', poll, { intervalMs: 5, timeoutMs: 20 }), {
    code: 'OperationTimeout',
    message: /still InProgress after 20 ms/,
  });
  assert.ok(polls.length >= 2, 'polled again before giving up');
});

test('aborting during the pause between polls rejects at once with Aborted', async () => {
  const { poll, polls } = scripted([inProgress]);
  const controller = new AbortController();
  const waiting = waitForOperation('ab', poll, { intervalMs: 60_000, abortSignal: controller.signal });
  setImmediate(() => controller.abort());
  await assert.rejects(waiting, { code: 'Aborted' });
  assert.equal(polls.length, 1);
});

test('an already aborted signal stops before the first poll', async () => {
  const { poll, polls } = scripted([inProgress]);
  await assert.rejects(waitForOperation('ab', poll, { abortSignal: AbortSignal.abort() }), { code: 'Aborted' });
  assert.equal(polls.length, 0);
});
