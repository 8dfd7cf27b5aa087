// Loaded with --import: records every module the process resolves (import and require alike).
import { registerHooks } from 'node:module';

const seen = new Set<string>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    seen.add(result.url);
    return result;
  },
});
(globalThis as { __loadedModules?: Set<string> }).__loadedModules = seen;
