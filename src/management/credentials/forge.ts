import { createRequire } from 'node:module';
import type * as Forge from 'node-forge';

let loaded: typeof Forge | undefined;

/**
 * node-forge, loaded on first use: it costs 50–160 ms at import and only PFX files, publish
 * settings and encrypted PEM keys need it (a plain PEM certificate and key never load it).
 */
export function forge(): typeof Forge {
  loaded ??= createRequire(import.meta.url)('node-forge') as typeof Forge;
  return loaded;
}
