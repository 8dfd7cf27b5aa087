import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a local emulator's data dir says about how to reach it. */
export interface EmulatorFacts {
  readonly dataDir: string;
  /** A `.publishsettings` file: endpoint, subscription and management certificate in one. */
  readonly publishSettingsFile: string;
  readonly caFile?: string;
}

/**
 * Finds the local emulator's credentials (default `.local/emulator` under the working directory),
 * so that after `npm start`, `asm location list` needs no configuration.
 */
export function discoverEmulator(cwd: string, dir?: string): EmulatorFacts | undefined {
  const dataDir = resolve(cwd, dir ?? '.local/emulator');
  if (!existsSync(dataDir)) return undefined;
  const names = readdirSync(dataDir);
  const settings = names.includes('client.publishsettings') ? 'client.publishsettings' : names.find((n) => n.endsWith('.publishsettings'));
  if (settings === undefined) return undefined;
  const caFile = join(dataDir, 'ca.pem');
  return { dataDir, publishSettingsFile: join(dataDir, settings), ...(existsSync(caFile) ? { caFile } : {}) };
}
