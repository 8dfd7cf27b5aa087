// The cost of one emulator state write at 10 and at 10,000 resources: a store holding that many
// storage accounts saves 300 times, each save after one account changed. Prints µs per save.
// ASM_PERSISTENCE_MODULE picks another build of src/emulator/persistence (e.g. an older checkout).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const module = resolve(process.env['ASM_PERSISTENCE_MODULE'] ?? 'src/emulator/persistence/index.ts');
const { FileStore, emptyState, emptySubscription } = (await import(module)) as typeof import('../src/emulator/persistence/index.ts');
const SAVES = 300;
const dir = mkdtempSync(join(tmpdir(), 'asm-bench-store-'));
const result: Record<string, number> = {};
for (const resources of [10, 10_000]) {
  const store = new FileStore(join(dir, `${resources}`, 'state.json'));
  const state = emptyState();
  const subscription = (state.subscriptions['sub'] = emptySubscription('sub', 'bench', '2015-01-01T00:00:00Z'));
  for (let i = 0; i < resources; i++) {
    subscription.storageAccounts[`acct${i}`] = {
      serviceName: `acct${i}`, label: `account ${i}`, location: 'West US', status: 'Created', accountType: 'Standard_GRS',
      creationTime: '2015-01-01T00:00:00Z', extendedProperties: {}, primaryKey: 'a'.repeat(88), secondaryKey: 'b'.repeat(88),
    };
  }
  store.save(state);
  const accounts = state.subscriptions['sub']!.storageAccounts;
  const started = performance.now();
  for (let i = 0; i < SAVES; i++) {
    accounts[`acct${i % resources}`]!.label = `changed ${i}`;
    store.save(state);
  }
  result[`us_per_save_at_${resources}`] = Math.round(((performance.now() - started) / SAVES) * 1000);
}
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(result));
