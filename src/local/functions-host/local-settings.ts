import { copyFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** local.settings.json as Core Tools reads it. */
export interface LocalSettings {
  readonly path: string;
  /** App settings; they become environment variables of the app. */
  readonly values: Readonly<Record<string, string>>;
  /** `Host.LocalHttpPort` (Core Tools: 7071), if set. */
  readonly localHttpPort?: number;
  readonly connectionStrings: Readonly<Record<string, string>>;
  /** True when this call created the file from local.settings.sample.json. */
  readonly created: boolean;
}

export class LocalSettingsError extends Error {
  override readonly name = 'LocalSettingsError';
  readonly code = 'LOCAL_SETTINGS_INVALID';
}

export interface LoadLocalSettingsOptions {
  /** Default `local.settings.json`. */
  readonly fileName?: string;
  /** Default `local.settings.sample.json`: copied to `fileName` when that is missing. */
  readonly sampleName?: string;
}

/** Reads `<dir>/local.settings.json`, creating it from the sample on first start. */
export async function loadLocalSettings(dir: string, options: LoadLocalSettingsOptions = {}): Promise<LocalSettings> {
  const path = join(dir, options.fileName ?? 'local.settings.json');
  const sample = join(dir, options.sampleName ?? 'local.settings.sample.json');
  let created = false;
  if (!existsSync(path)) {
    if (!existsSync(sample)) throw new LocalSettingsError(`Neither ${path} nor ${sample} exists: create local.settings.json with a "Values" object.`);
    await copyFile(sample, path);
    created = true;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new LocalSettingsError(`${path} is not valid JSON (${(error as Error).message}): fix it, or delete it to start again from the sample.`);
  }
  const file = json as { IsEncrypted?: unknown; Values?: unknown; Host?: { LocalHttpPort?: unknown }; ConnectionStrings?: unknown };
  if (file.IsEncrypted === true) {
    throw new LocalSettingsError(`${path} is encrypted ("IsEncrypted": true); the dev host reads plain settings only: decrypt it (func settings decrypt) or recreate it from the sample.`);
  }
  const values = stringMap(file.Values, 'Values', path);
  const port = file.Host?.LocalHttpPort;
  return {
    path,
    values,
    ...(typeof port === 'number' ? { localHttpPort: port } : {}),
    connectionStrings: stringMap(file.ConnectionStrings, 'ConnectionStrings', path),
    created,
  };
}

function stringMap(value: unknown, name: string, path: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new LocalSettingsError(`"${name}" in ${path} must be an object of names to strings.`);
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') out[key] = item;
    else if (typeof item === 'number' || typeof item === 'boolean') out[key] = String(item);
    else throw new LocalSettingsError(`"${name}.${key}" in ${path} must be a string.`);
  }
  return out;
}

/**
 * Puts app settings into the environment as Core Tools does: a variable already set in the
 * environment wins (its name is returned in `skipped`). `forced` values always win. `restore()`
 * puts the environment back.
 */
export function applySettings(values: Readonly<Record<string, string>>, forced: Readonly<Record<string, string>> = {}, env: NodeJS.ProcessEnv = process.env): { skipped: string[]; restore(): void } {
  const previous = new Map<string, string | undefined>();
  const skipped: string[] = [];
  const set = (key: string, value: string): void => {
    if (!previous.has(key)) previous.set(key, env[key]);
    env[key] = value;
  };
  for (const [key, value] of Object.entries(values)) {
    if (env[key] !== undefined && !(key in forced)) skipped.push(key);
    else set(key, value);
  }
  for (const [key, value] of Object.entries(forced)) set(key, value);
  return {
    skipped,
    restore() {
      for (const [key, value] of previous) {
        if (value === undefined) delete env[key];
        else env[key] = value;
      }
    },
  };
}
