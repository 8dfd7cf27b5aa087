import type { KeyVaultAdmin } from '../key-vault/index.ts';
import { keepSnapshot, readSnapshot } from './snapshot-file.ts';

/**
 * Puts back the vault of an earlier run from `file` (the VM passwords the worker generated, and the
 * certificate), then keeps the file up to date after each change; the closer flushes it. The file
 * holds secret values: it is written readable by its owner only, under the stack's data folder.
 */
export async function keepVault(admin: KeyVaultAdmin, file: string, closers: Array<() => Promise<void>>): Promise<boolean> {
  const restored = admin.restore(await readSnapshot(file));
  const kept = keepSnapshot(file, () => admin.snapshot());
  admin.onChange(() => kept.changed());
  closers.push(() => kept.flush());
  return restored;
}
