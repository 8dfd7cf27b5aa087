import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReplayGuard } from '../../../src/slack/receiver/replay-guard.ts';

const WINDOW = 600_000;

test('a signature is admitted once within its window, and again after it', () => {
  const guard = new ReplayGuard({ windowMs: WINDOW, capacity: 100 });
  const t = 1_700_000_000_000;
  assert.equal(guard.admit('v0=a', t, t), true);
  assert.equal(guard.admit('v0=a', t, t + WINDOW - 1), false);
  assert.equal(guard.admit('v0=a', t, t + WINDOW + 1), true);
});

test('a steady stream keeps about one window of signatures, not the whole capacity', () => {
  const guard = new ReplayGuard({ windowMs: WINDOW, capacity: 50_000 });
  const start = 1_700_000_000_000;
  // 20 minutes at 50 requests a second (every 20 ms), timestamps up to a few seconds old.
  for (let i = 0; i < 60_000; i += 1) {
    const now = start + i * 20;
    assert.equal(guard.admit(`v0=${i}`, now - (i % 7) * 1000, now), true);
  }
  assert.ok(guard.size <= WINDOW / 20 + 10, `${guard.size} kept`);
  assert.ok(guard.size >= WINDOW / 20 - 400, `${guard.size} kept: the recent ones are all still there`);
  const now = start + 59_999 * 20;
  assert.equal(guard.admit('v0=59990', now - 1000, now), false, 'a recent one is still refused');
});

test('when full, the oldest live signature makes room (a flood beyond the capacity)', () => {
  const guard = new ReplayGuard({ windowMs: WINDOW, capacity: 3 });
  const t = 1_700_000_000_000;
  for (const s of ['a', 'b', 'c', 'd']) assert.equal(guard.admit(s, t, t), true);
  assert.equal(guard.size, 3);
  assert.equal(guard.admit('d', t, t), false);
  assert.equal(guard.admit('a', t, t), true, 'the oldest was let go');
});
