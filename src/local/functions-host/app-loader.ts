import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { coreState, newAppRegistry, type AppRegistry } from './core-state.ts';

const CORE_SPECIFIER = '@azure/functions-core';
const here = fileURLToPath(import.meta.url);
const coreModuleUrl = new URL(`./core-module${extname(here)}`, import.meta.url).href;

let installed = false;
let queue: Promise<unknown> = Promise.resolve();
const importCounts = new Map<string, number>();

/**
 * Makes `@azure/functions-core` resolvable for `import` and `require` alike (`@azure/functions` is
 * CommonJS and requires it lazily, on its first registration). Synchronous in-thread hooks, so the
 * module instance is the one this process's dev host reads.
 */
export function installCoreModule(): void {
  if (installed) return;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === CORE_SPECIFIER) return { url: coreModuleUrl, format: 'module', shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
  installed = true;
}

export class AppLoadError extends Error {
  override readonly name = 'AppLoadError';
  readonly code = 'APP_LOAD_FAILED';
}

/**
 * Imports the app's entry files with the dev host's core module in place and returns what they
 * registered, as the worker does before the host asks for function metadata. Loads are serialized
 * because registrations reach the core module without saying which app they belong to.
 */
export function loadApp(entries: readonly string[], log: AppRegistry['log']): Promise<AppRegistry> {
  installCoreModule();
  const run = queue.then(() => loadNow(entries, log));
  queue = run.catch(() => undefined);
  return run;
}

async function loadNow(entries: readonly string[], log: AppRegistry['log']): Promise<AppRegistry> {
  if (entries.length === 0) throw new AppLoadError('Found zero files to load: pass the app entry files (for example functions/*.ts).');
  const app = newAppRegistry(log);
  coreState.loading = app;
  try {
    for (const entry of entries) {
      const path = resolve(entry);
      if (!existsSync(path)) throw new AppLoadError(`File does not exist: ${path}. Check the app entry list.`);
      await import(entryUrl(path));
    }
  } catch (error) {
    if (error instanceof AppLoadError) throw error;
    throw new AppLoadError(`The app failed to load: ${(error as Error).message}`, { cause: error });
  } finally {
    coreState.loading = undefined;
  }
  app.locked = true;
  coreState.lastLoaded = app;
  return app;
}

/** A second host in the same process evaluates the entry files afresh, so it receives registrations too. */
function entryUrl(path: string): string {
  const href = pathToFileURL(path).href;
  const count = importCounts.get(href) ?? 0;
  importCounts.set(href, count + 1);
  return count === 0 ? href : `${href}?functions-host-load=${count}`;
}
