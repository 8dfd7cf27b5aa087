import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmulatorError } from '../../../src/emulator/errors/index.ts';
import { OperationEngine, type TransitionRegistry } from '../../../src/emulator/operations/index.ts';
import { MemoryStore, emptyState, type EmulatorState } from '../../../src/emulator/persistence/index.ts';

function engineWith(state: EmulatorState, delayMs: number, log: string[] = []) {
  const transitions: TransitionRegistry = {
    'test.mark': {
      succeed: (context, params) => {
        if (params['explode']) throw new EmulatorError(409, 'ConflictError', 'It cannot be done.');
        log.push(`done ${String(params['name'])} for ${context.subscriptionId}`);
      },
      fail: (_context, params) => log.push(`undone ${String(params['name'])}`),
    },
  };
  return new OperationEngine({ state: () => state, clock: { now: () => 1_000 }, transitions, delayMs, persist: () => {}, log: () => {} });
}

describe('operation engine', () => {
  it('keeps an operation InProgress until it completes, then Succeeded with 200 and the transition applied', () => {
    const state = emptyState();
    const log: string[] = [];
    const engine = engineWith(state, 60_000, log);
    engine.begin('sub', 'a'.repeat(32), 'test.mark', { name: 'x' });
    assert.equal(state.operations['a'.repeat(32)]?.status, 'InProgress');
    assert.equal(state.operations['a'.repeat(32)]?.completeAt, 61_000);
    assert.equal(engine.completeAll(), 1);
    assert.deepEqual(state.operations['a'.repeat(32)], { id: 'a'.repeat(32), subscriptionId: 'sub', status: 'Succeeded', httpStatusCode: 200, completedAt: 1000 });
    assert.deepEqual(log, ['done x for sub']);
    engine.close();
  });

  it('fails with the error a transition throws, and undoes the change', () => {
    const state = emptyState();
    const log: string[] = [];
    const engine = engineWith(state, 0, log);
    engine.begin('sub', 'b'.repeat(32), 'test.mark', { name: 'y', explode: true });
    assert.deepEqual(state.operations['b'.repeat(32)]?.error, { code: 'ConflictError', message: 'It cannot be done.' });
    assert.equal(state.operations['b'.repeat(32)]?.httpStatusCode, 409);
    assert.deepEqual(log, ['undone y']);
  });

  it('fails only the next operation when told to', () => {
    const state = emptyState();
    const engine = engineWith(state, 0);
    engine.failNextOperation({ httpStatusCode: 503, code: 'ServerBusy', message: 'busy' });
    engine.begin('sub', 'c'.repeat(32), 'test.mark', { name: 'one' });
    engine.begin('sub', 'd'.repeat(32), 'test.mark', { name: 'two' });
    assert.equal(state.operations['c'.repeat(32)]?.status, 'Failed');
    assert.equal(state.operations['c'.repeat(32)]?.httpStatusCode, 503);
    assert.equal(state.operations['d'.repeat(32)]?.status, 'Succeeded');
  });

  it('resumes operations stored InProgress by an earlier run', async () => {
    const state = emptyState();
    state.operations['e'.repeat(32)] = {
      id: 'e'.repeat(32),
      subscriptionId: 'sub',
      status: 'InProgress',
      completeAt: 0,
      transition: { kind: 'test.mark', params: { name: 'resumed' } },
    };
    const log: string[] = [];
    const engine = engineWith(state, 10, log);
    assert.equal(engine.resume(), 1);
    for (let i = 0; i < 100 && state.operations['e'.repeat(32)]?.status === 'InProgress'; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(state.operations['e'.repeat(32)]?.status, 'Succeeded');
    assert.deepEqual(log, ['done resumed for sub']);
  });

  it('keeps the newest 2,000 operations, and any older one still in progress', () => {
    const state = emptyState();
    const id = (n: number) => n.toString(16).padStart(32, '0');
    // Operations a previous run left: one still in progress, then finished ones.
    state.operations[id(0)] = { id: id(0), subscriptionId: 'sub', status: 'InProgress', completeAt: 9e15, transition: { kind: 'test.mark', params: { name: 'old' } } };
    for (let n = 1; n <= 1500; n++) state.operations[id(n)] = { id: id(n), subscriptionId: 'sub', status: 'Succeeded', httpStatusCode: 200, completedAt: 1 };
    // Tracked as the emulator's stores track it, so the engine sees the state through their proxies.
    new MemoryStore().save(state);
    const engine = engineWith(state, 0);
    for (let n = 1501; n <= 2600; n++) engine.recordFinished('sub', id(n));
    engine.recordFinished('sub', id(2000)); // a known id keeps its place
    const ids = Object.keys(state.operations);
    assert.equal(ids.length, 2001);
    assert.equal(ids[0], id(0), 'the one in progress stays');
    assert.equal(ids[1], id(601));
    assert.equal(ids.at(-1), id(2600));
    assert.equal(state.operations[id(600)], undefined);
    engine.close();
  });

  it('refuses an unknown transition', () => {
    assert.throws(() => engineWith(emptyState(), 0).begin('sub', 'f'.repeat(32), 'nope', {}), /No transition 'nope'/);
  });
});
