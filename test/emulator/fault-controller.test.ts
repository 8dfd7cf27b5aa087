import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FaultController, type FaultDecision, type FaultSettings } from '../../src/emulator/server/faults.ts';

/** Above every rate the tests set: a draw that hits nothing. */
const MISS = 0.999;

/**
 * A controller whose random source hands out these draws in order, then MISS for every later one
 * (the drop and error draws not scripted), and says how many draws were taken.
 */
function scripted(settings: FaultSettings, draws: number[]) {
  let taken = 0;
  const controller = new FaultController(() => draws[taken++] ?? MISS);
  controller.set(settings);
  return { decide: (path = '/services/storageservices') => controller.decide(path), taken: () => taken, controller };
}

const summary = (d: FaultDecision) => ({
  kind: d.kind, latencyMs: d.latencyMs, ...(d.kind === 'error' ? { status: d.error.statusCode, code: d.error.code, headers: d.error.headers } : {}),
});

describe('fault controller: latencyRate', () => {
  it('holds a request exactly when its draw is below the rate', () => {
    const settings = { latencyMs: 3000, latencyRate: 0.02 };
    assert.deepEqual(summary(scripted(settings, [0.019]).decide()), { kind: 'none', latencyMs: 3000 });
    assert.deepEqual(summary(scripted(settings, [0]).decide()), { kind: 'none', latencyMs: 3000 });
    assert.deepEqual(summary(scripted(settings, [0.02]).decide()), { kind: 'none', latencyMs: 0 }, 'a draw equal to the rate is not held');
    assert.deepEqual(summary(scripted(settings, [0.7]).decide()), { kind: 'none', latencyMs: 0 });
  });

  it('rate 0 holds nothing and rate 1 holds everything', () => {
    assert.equal(scripted({ latencyMs: 50, latencyRate: 0 }, [0]).decide().latencyMs, 0);
    assert.equal(scripted({ latencyMs: 50, latencyRate: 1 }, [0.999999]).decide().latencyMs, 50);
  });

  it('without a rate every matching request is held, and the draws are those of before (none for latency)', () => {
    const s = scripted({ latencyMs: 20, dropConnectionRate: 0.5 }, [0.4]);
    assert.deepEqual(summary(s.decide()), { kind: 'drop', latencyMs: 20 });
    assert.equal(s.taken(), 1, 'the first draw decided the drop');
    const other = scripted({ latencyMs: 20 }, []);
    assert.deepEqual(summary(other.decide()), { kind: 'none', latencyMs: 20 });
    assert.equal(summary(other.decide('/locations')).latencyMs, 20);
    assert.equal(other.taken(), 8, 'four draws a request (drop, 503, 429, 500), none for latency');
  });

  it('a request both held and dropped is held, then dropped', () => {
    const s = scripted({ latencyMs: 3000, latencyRate: 0.5, dropConnectionRate: 0.5 }, [0.1, 0.1]);
    assert.deepEqual(summary(s.decide()), { kind: 'drop', latencyMs: 3000 });
    assert.equal(s.taken(), 2);
  });

  it('a request both held and failed is held, then answered with the error and its Retry-After', () => {
    const settings = { latencyMs: 3000, latencyRate: 0.5, dropConnectionRate: 0.05, errorRates: { 503: 0.1 }, retryAfterSeconds: 2 };
    assert.deepEqual(summary(scripted(settings, [0.3, 0.9, 0.05]).decide()), {
      kind: 'error', latencyMs: 3000, status: 503, code: 'ServerBusy', headers: { 'retry-after': '2' },
    });
    assert.deepEqual(summary(scripted(settings, [0.6, 0.9, 0.05]).decide()), {
      kind: 'error', latencyMs: 0, status: 503, code: 'ServerBusy', headers: { 'retry-after': '2' },
    }, 'failed but not held');
  });

  it('no latency draw when there is no latency to add', () => {
    // Drop draw, then 503 draw; a latency draw first would have taken the 0.9 and left the 503 a miss.
    const s = scripted({ latencyRate: 0.5, errorRates: { 503: 0.1 } }, [0.9, 0.05]);
    assert.equal(s.decide().kind, 'error', 'the second draw decided the 503');
  });

  it('only a held (or failed) request uses up the count', () => {
    // Each decision draws for latency, the drop, then 503, 429 and 500.
    const s = scripted({ latencyMs: 10, latencyRate: 0.5, count: 1 }, [0.9, MISS, MISS, MISS, MISS, 0.9, MISS, MISS, MISS, MISS, 0.1]);
    assert.equal(s.decide().latencyMs, 0);
    assert.equal(s.decide().latencyMs, 0);
    assert.notEqual(s.controller.settings, undefined, 'two requests not held left the count alone');
    assert.equal(s.decide().latencyMs, 10);
    assert.equal(s.controller.settings, undefined, 'the held request used it up');
  });

  it('requests outside pathPattern are neither held nor drawn for', () => {
    const s = scripted({ latencyMs: 10, latencyRate: 1, pathPattern: '^/services/storageservices' }, []);
    assert.deepEqual(summary(s.decide('/locations')), { kind: 'none', latencyMs: 0 });
    assert.equal(s.taken(), 0);
  });

  it('refuses a latencyRate outside 0..1 or not a number, keeping the settings it had', () => {
    const controller = new FaultController(() => 0);
    controller.set({ latencyMs: 5 });
    for (const latencyRate of [-0.1, 1.5, '0.5' as unknown as number]) {
      assert.throws(() => controller.set({ latencyMs: 5, latencyRate }), { name: 'RangeError', message: /between 0 and 1/ });
    }
    assert.deepEqual(controller.settings, { latencyMs: 5 });
  });

  it('counts the requests it held, dropped and failed, a request held and failed in both', () => {
    const s = scripted({ latencyMs: 10, latencyRate: 0.5, dropConnectionRate: 0.5, errorRates: { 503: 0.5 } }, [
      0.1, MISS, MISS, MISS, MISS, // held only
      0.1, 0.1, // held and dropped
      MISS, MISS, 0.1, // failed with a 503, not held
      MISS, MISS, MISS, MISS, MISS, // nothing
    ]);
    for (let i = 0; i < 4; i++) s.decide();
    assert.deepEqual(s.controller.hits, { held: 2, dropped: 1, errors: { 500: 0, 503: 1, 429: 0 } });
    s.controller.set(undefined);
    assert.equal(s.controller.hits.held, 2, 'clearing the faults keeps the counts');
  });
});
