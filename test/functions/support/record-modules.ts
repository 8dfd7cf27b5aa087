// Loaded with --import: records every module the process resolves (import and require alike), with who asked for it.
import { registerHooks } from 'node:module';

const seen = new Set<string>();
const importers = new Map<string, Set<string>>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    seen.add(result.url);
    if (context.parentURL !== undefined) importers.set(result.url, (importers.get(result.url) ?? new Set()).add(context.parentURL));
    return result;
  },
});
(globalThis as { __loadedModules?: Set<string> }).__loadedModules = seen;
(globalThis as { __moduleImporters?: Map<string, Set<string>> }).__moduleImporters = importers;
