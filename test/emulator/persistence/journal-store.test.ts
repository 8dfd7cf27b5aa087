import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FileStore, MemoryStore, emptyState, emptySubscription, type EmulatorState, type StorageAccountRecord } from '../../../src/emulator/persistence/index.ts';

const account = (name: string): StorageAccountRecord => ({
  serviceName: name,
  label: name,
  location: 'West US',
  status: 'Created',
  accountType: 'Standard_GRS',
  creationTime: '2015-01-01T00:00:00Z',
  extendedProperties: {},
  primaryKey: 'p',
  secondaryKey: 's',
});

function stateWith(accounts: number): EmulatorState {
  const state = emptyState();
  const subscription = emptySubscription('sub', 'name', '2015-01-01T00:00:00Z');
  for (let i = 0; i < accounts; i++) subscription.storageAccounts[`acct${i}`] = account(`acct${i}`);
  state.subscriptions['sub'] = subscription;
  return state;
}

// A copy with no trackers attached: what a restart must see.
const plain = (state: EmulatorState) => JSON.parse(JSON.stringify(state)) as EmulatorState;

describe('state stores: snapshot and journal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asm-emulator-journal-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a save appends only the entities that changed, whatever the size of the state', () => {
    const sizes: number[] = [];
    for (const accounts of [10, 10_000]) {
      const file = join(dir, `sized-${accounts}`, 'state.json');
      const store = new FileStore(file);
      const state = stateWith(accounts);
      store.save(state);
      const snapshot = readFileSync(file, 'utf8');
      const before = statSync(file).size;
      state.subscriptions['sub']!.storageAccounts['acct3']!.label = 'changed';
      store.save(state);
      assert.equal(readFileSync(file, 'utf8'), snapshot, 'the snapshot is not rewritten');
      assert.equal(statSync(file).size, before);
      const lines = readFileSync(`${file}.journal`, 'utf8').trimEnd().split('\n');
      assert.equal(lines.length, 2, 'a header and one line for the save');
      assert.deepEqual(JSON.parse(lines[1]!), [{ p: ['subscriptions', 'sub', 'storageAccounts', 'acct3'], v: { ...account('acct3'), label: 'changed' } }]);
      sizes.push(Buffer.byteLength(lines[1]!));
    }
    assert.equal(sizes[0], sizes[1]);
  });

  it('a restart sees every kind of change: new, nested, array, deleted, a whole subscription, an operation', () => {
    const file = join(dir, 'kinds', 'state.json');
    const store = new FileStore(file);
    const state = stateWith(3);
    store.save(state);
    const subscription = state.subscriptions['sub']!;
    subscription.storageAccounts['fresh'] = account('fresh');
    subscription.storageAccounts['acct1']!.extendedProperties['team'] = 'ops';
    delete subscription.storageAccounts['acct2'];
    subscription.name = 'renamed';
    subscription.osImages['img'] = { category: 'User', label: 'l', location: 'West US', logicalSizeInGB: 30, mediaLink: 'm', name: 'img', os: 'Linux', isPremium: false, osState: 'Generalized', replicatedTo: ['West US'] };
    store.save(state);
    subscription.osImages['img']!.replicatedTo!.push('East US');
    state.subscriptions['other'] = emptySubscription('other', 'second', '2015-01-01T00:00:00Z');
    state.operations['op1'] = { id: 'op1', subscriptionId: 'sub', status: 'InProgress', completeAt: 5, transition: { kind: 'x', params: { a: [1] } } };
    store.save(state);
    state.operations['op1']!.status = 'Succeeded';
    delete state.subscriptions['other'];
    store.save(state);
    assert.deepEqual(new FileStore(file).load(), plain(state));
  });

  it('a line cut short by a crash is a save that never happened, and is dropped from the file', () => {
    const file = join(dir, 'torn', 'state.json');
    const store = new FileStore(file);
    const state = stateWith(2);
    store.save(state);
    state.subscriptions['sub']!.storageAccounts['acct0']!.label = 'kept';
    store.save(state);
    const saved = plain(state);
    const whole = readFileSync(`${file}.journal`, 'utf8');
    appendFileSync(`${file}.journal`, '[{"p":["subscriptions","sub","storageAccounts","acct1"],"v":{"serv');
    const reloaded = new FileStore(file);
    const loaded = reloaded.load()!;
    assert.deepEqual(loaded, saved);
    assert.equal(readFileSync(`${file}.journal`, 'utf8'), whole, 'the cut line is gone');
    loaded.subscriptions['sub']!.storageAccounts['acct1']!.label = 'after';
    reloaded.save(loaded);
    assert.equal(new FileStore(file).load()!.subscriptions['sub']!.storageAccounts['acct1']!.label, 'after');
  });

  it('compaction folds the journal into a new snapshot', () => {
    const file = join(dir, 'compact', 'state.json');
    const store = new FileStore(file, { compactAfterBytes: 2000 });
    const state = stateWith(1);
    store.save(state);
    for (let i = 0; i < 40; i++) {
      state.subscriptions['sub']!.storageAccounts[`more${i}`] = account(`more${i}`);
      store.save(state);
    }
    assert.ok(readFileSync(file, 'utf8').includes('more0'), 'the snapshot was rewritten with the journal folded in');
    const journal = statSync(`${file}.journal`, { throwIfNoEntry: false })?.size ?? 0;
    assert.ok(journal <= Math.max(2000, 2 * statSync(file).size), 'the journal never outgrows twice the snapshot');
    assert.deepEqual(new FileStore(file).load(), plain(state));
  });

  it('a journal left from before a compaction (a crash between the two) is ignored', () => {
    const file = join(dir, 'stale', 'state.json');
    const first = new FileStore(file);
    const state = stateWith(1);
    first.save(state);
    state.subscriptions['sub']!.name = 'first';
    first.save(state);
    const oldJournal = readFileSync(`${file}.journal`, 'utf8');
    const second = new FileStore(file);
    const loaded = plain(second.load()!);
    loaded.subscriptions['sub']!.name = 'second';
    second.save(loaded); // another state object: a new snapshot, the journal removed
    writeFileSync(`${file}.journal`, oldJournal);
    assert.equal(new FileStore(file).load()!.subscriptions['sub']!.name, 'second');
  });

  it('a damaged state file or journal names the file and says what to do', () => {
    const file = join(dir, 'damaged', 'state.json');
    new FileStore(file).save(stateWith(1));
    writeFileSync(`${file}.journal`, `${JSON.stringify({ generation: 1 })}\nnot json\n[]\n`);
    assert.throws(() => new FileStore(file).load(), (error: Error) => {
      assert.match(error.message, new RegExp(`${file.replaceAll('.', '\\.')}\\.journal has a broken record at line 2`));
      assert.match(error.message, /Move it away together with the other state\.json\* files .* to start with an empty state/);
      return true;
    });
    writeFileSync(file, '{"version":1,"subscrip');
    assert.throws(() => new FileStore(file).load(), (error: Error) => {
      assert.ok(error.message.startsWith(`The emulator state file ${file} is not valid JSON (`), error.message);
      assert.match(error.message, /or delete them\) to start with an empty state, or restore them from a copy/);
      return true;
    });
    writeFileSync(file, '[]');
    assert.throws(() => new FileStore(file).load(), /does not hold an emulator state/);
  });

  it('a save whose value cannot be written changes nothing and is written by the next save once fixed', () => {
    const file = join(dir, 'unwritable', 'state.json');
    const store = new FileStore(file);
    const state = stateWith(1);
    store.save(state);
    state.operations['bad'] = { id: 'bad', subscriptionId: 'sub', status: 'Succeeded', httpStatusCode: 10n as unknown as number };
    assert.throws(() => store.save(state), TypeError);
    assert.deepEqual(new FileStore(file).load(), plain(stateWith(1)));
    state.operations['bad']!.httpStatusCode = 200;
    store.save(state);
    assert.equal(new FileStore(file).load()!.operations['bad']?.httpStatusCode, 200);
  });

  // Descriptors this process holds on a file (Linux: /proc/self/fd), "(deleted)" ones included.
  const descriptorsOn = (file: string) =>
    readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).startsWith(file);
      } catch {
        return false;
      }
    }).length;

  it('keeps one journal open between saves, opens the new one after a compaction, and close releases it', { skip: !existsSync('/proc/self/fd') }, () => {
    const file = join(dir, 'kept-open', 'state.json');
    const journal = `${file}.journal`;
    const store = new FileStore(file, { compactAfterBytes: 1500 });
    const state = stateWith(1);
    store.save(state);
    let i = 0;
    const addAccount = () => {
      state.subscriptions['sub']!.storageAccounts[`more${i}`] = account(`more${i}`);
      store.save(state);
      i += 1;
    };
    addAccount();
    addAccount();
    assert.equal(descriptorsOn(journal), 1);
    while (!readFileSync(file, 'utf8').includes('more0')) addAccount(); // until a compaction
    addAccount(); // the first save after it
    assert.ok(readFileSync(journal, 'utf8').includes(`more${i - 1}`), 'the save after the compaction is in the new journal');
    assert.equal(descriptorsOn(journal), 1, 'the removed journal is not held open');
    assert.deepEqual(new FileStore(file).load(), plain(state));
    store.close();
    assert.equal(descriptorsOn(journal), 0);
    addAccount(); // a save after close opens the journal again
    assert.deepEqual(new FileStore(file).load(), plain(state));
    store.close();
    assert.equal(descriptorsOn(journal), 0);
  });

  it('a memory store copies the changed entities at each save, and hands out copies', () => {
    const store = new MemoryStore();
    const state = stateWith(2);
    store.save(state);
    state.subscriptions['sub']!.storageAccounts['acct0']!.label = 'saved';
    delete state.subscriptions['sub']!.storageAccounts['acct1'];
    store.save(state);
    const saved = plain(state);
    state.subscriptions['sub']!.storageAccounts['acct0']!.label = 'not saved';
    const loaded = store.load()!;
    assert.deepEqual(loaded, saved);
    loaded.subscriptions['sub']!.name = 'changed copy';
    assert.deepEqual(store.load(), saved);
  });
});
