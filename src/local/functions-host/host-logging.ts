import type { AppRegistry } from './core-state.ts';
import type { HostFunction } from './function-index.ts';
import type { HostLogger, RpcLogLevel } from './types.ts';

/** Lines to stdout (info) and stderr (warnings, errors). */
export const consoleLogger: HostLogger = {
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

/** The app's own logs (`context.log`, `context.error`, …) and the library's system logs, by level. */
export function appLogSink(logger: HostLogger): AppRegistry['log'] {
  return (level: RpcLogLevel, _category, message) => {
    if (level === 'none' || level === 'trace' || level === 'debug') return;
    if (level === 'warning') logger.warn(message);
    else if (level === 'error' || level === 'critical') logger.error(message);
    else logger.info(message);
  };
}

/** Says once, at start, what the dev host does differently from Azure for this app. */
export function startupWarnings(functions: readonly HostFunction[], logger: HostLogger): void {
  for (const fn of functions) {
    if (fn.kind === 'unsupported') {
      logger.warn(`function=${fn.name} has a ${String(fn.trigger.type)} trigger, which the dev host does not run (HTTP, queue and timer triggers only).`);
    }
    const auth = fn.trigger.authLevel;
    if (fn.kind === 'http' && auth !== undefined && auth !== 'anonymous') {
      logger.warn(`function=${fn.name} authLevel=${String(auth)} is not enforced locally: no key is needed, as under func start.`);
    }
    for (const [name, binding] of Object.entries(fn.metadata.bindings)) {
      const type = (binding.type ?? '').toLowerCase();
      if (binding.direction === 'out' && type !== 'queue' && type !== 'http') {
        logger.warn(`function=${fn.name} output binding "${name}" of type ${String(binding.type)} is not written by the dev host.`);
      }
      if (binding.direction === 'in' && !/trigger$/.test(type)) {
        logger.warn(`function=${fn.name} input binding "${name}" of type ${String(binding.type)} is not supplied by the dev host.`);
      }
    }
  }
}
