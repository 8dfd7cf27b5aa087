import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CommandError, type SecretSink, type SecretSource, type SecretStore } from '../commands/index.ts';

const SAFE_NAME = /^[a-z0-9][a-z0-9-]{0,119}$/;

function pathOf(dir: string, name: string): string {
  if (!SAFE_NAME.test(name)) {
    throw new CommandError({
      code: 'BAD_SECRET_NAME', kind: 'usage',
      message: `"${name}" is not a valid secret name.`,
      hint: 'Secret names are lowercase letters, digits and hyphens.',
    });
  }
  return join(dir, name);
}

/**
 * The CLI's secret store: one file per secret, readable by its owner only (0600, in a 0700
 * folder), written once and never overwritten. The location it reports is the file's path.
 */
export function fileSecretStore(directory: string): SecretSink & SecretSource & SecretStore {
  const dir = resolve(directory);
  const store: SecretSink & SecretSource & SecretStore = {
    async set(name, value) {
      const { location } = await store.put(name, value);
      return { name, version: '1', location };
    },
    async exists(name) {
      return existsSync(pathOf(dir, name));
    },
    async delete(name) {
      rmSync(pathOf(dir, name), { force: true });
    },
    async put(name, value) {
      const path = pathOf(dir, name);
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        writeFileSync(path, `${value}\n`, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        throw new CommandError({
          code: 'SECRET_NOT_STORED', kind: 'usage', cause: error,
          message: `The secret could not be written to ${path} (${(error as { code?: string }).code ?? 'error'}).`,
          hint: `Check that ${dir} is writable (or set ASM_SECRETS_DIR).`,
        });
      }
      chmodSync(path, 0o600);
      return { location: path };
    },
    async get(name) {
      try {
        return readFileSync(pathOf(dir, name), 'utf8').replace(/\r?\n$/, '');
      } catch (error) {
        throw new CommandError({
          code: 'SECRET_NOT_FOUND', kind: 'usage', cause: error,
          message: `The secret ${name} is not in ${dir}.`,
          hint: 'Run the command again from the folder it was planned in (or set ASM_SECRETS_DIR).',
        });
      }
    },
  };
  return store;
}
