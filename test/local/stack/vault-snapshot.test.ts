import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKeyVault } from '../../../src/local/key-vault/index.ts';
import { keepVault } from '../../../src/local/stack/vault-snapshot.ts';

test('the vault\'s secrets and their versions survive a restart, in a file only its owner can read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vault-snapshot-'));
  const file = join(dir, 'key-vault', 'vault.json');
  try {
    const before = await startKeyVault();
    const closers: Array<() => Promise<void>> = [];
    assert.equal(await keepVault(before.admin, file, closers), false, 'nothing to restore the first time');
    before.admin.setSecret('vm-web1-password', 'first');
    const second = before.admin.setSecret('vm-web1-password', 'second', { tags: { vm: 'web1' } });
    for (const close of closers) await close();
    await before.close();
    assert.equal((await stat(file)).mode & 0o777, 0o600);

    const after = await startKeyVault();
    try {
      assert.equal(await keepVault(after.admin, file, []), true);
      const snapshot = after.admin.snapshot();
      const versions = snapshot.secrets['vm-web1-password']!;
      assert.deepEqual(versions.map((v) => v.value), ['first', 'second']);
      assert.equal(versions[1]!.version, second.version);
      assert.deepEqual(after.admin.currentTags('vm-web1-password'), { vm: 'web1' });
      assert.equal(after.admin.currentTags('nothing'), undefined);
    } finally {
      await after.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a damaged or foreign file is not restored: the vault starts empty', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vault-snapshot-'));
  const file = join(dir, 'vault.json');
  const vault = await startKeyVault();
  try {
    for (const text of ['{not json', JSON.stringify({ version: 2, secrets: {}, deleted: {} }), JSON.stringify({ version: 1, secrets: { a: [{ value: 1 }] }, deleted: {} })]) {
      await writeFile(file, text);
      assert.equal(await keepVault(vault.admin, file, []), false, text);
      assert.deepEqual(vault.admin.snapshot().secrets, {});
    }
  } finally {
    await vault.close();
    await rm(dir, { recursive: true, force: true });
  }
});
