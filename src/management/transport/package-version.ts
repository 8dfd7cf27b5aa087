import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** This package's version, found from this file upwards (works from src/ and from dist/). */
export function packageVersion(): string {
  cached ??= findVersion();
  return cached;
}

function findVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'asm-chatops' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no manifest here: keep walking up
    }
    directory = dirname(directory);
  }
  return '0.0.0';
}
