import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FileStore, MemoryStore, emptyState, emptySubscription, type EmulatorState } from '../../../src/emulator/persistence/index.ts';

describe('state stores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asm-emulator-store-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a file store round-trips the state, leaves no temporary file and keeps it private', () => {
    const store = new FileStore(join(dir, 'nested', 'state.json'));
    assert.equal(store.load(), undefined);
    const state = emptyState();
    state.subscriptions['s'] = emptySubscription('s', 'name', '2015-01-01T00:00:00Z');
    store.save(state);
    store.save(state);
    assert.deepEqual(store.load(), state);
    assert.deepEqual(readdirSync(join(dir, 'nested')), ['state.json']);
    assert.equal(statSync(join(dir, 'nested', 'state.json')).mode & 0o077, 0);
  });

  it('a save that fails leaves the previous state whole and no temporary file', () => {
    const store = new FileStore(join(dir, 'failing', 'state.json'));
    const state = emptyState();
    store.save(state);
    const broken = { ...emptyState(), operations: { x: { id: 'x', subscriptionId: 's', status: 'Succeeded', httpStatusCode: 10n } } };
    assert.throws(() => store.save(broken as unknown as EmulatorState), TypeError);
    assert.deepEqual(store.load(), state);
    assert.deepEqual(readdirSync(join(dir, 'failing')), ['state.json']);
  });

  it('what a write interrupted by a crash leaves (a partial temporary file) never replaces the state', () => {
    const file = join(dir, 'crashed', 'state.json');
    const store = new FileStore(file);
    const state = emptyState();
    state.subscriptions['kept'] = emptySubscription('kept', 'n', '2015-01-01T00:00:00Z');
    store.save(state);
    writeFileSync(`${file}.tmp-99999-1`, '{"version":1,"subscrip');
    assert.deepEqual(new FileStore(file).load(), state);
  });

  it('a file store refuses a state file of an unknown version, saying what to do', () => {
    const file = join(dir, 'future.json');
    writeFileSync(file, JSON.stringify({ version: 9, subscriptions: {}, operations: {} }));
    assert.throws(() => new FileStore(file).load(), /unknown state version; move it away/);
  });

  it('a memory store hands out copies, not the live state', () => {
    const store = new MemoryStore();
    const state = emptyState();
    store.save(state);
    state.subscriptions['later'] = emptySubscription('later', 'n', 't');
    assert.deepEqual(store.load(), emptyState());
  });
});
