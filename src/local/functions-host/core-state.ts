import { AsyncLocalStorage } from 'node:async_hooks';
import type { FunctionCallback, FunctionMetadata, HookCallback, HookName, ProgrammingModel, RpcLogCategory, RpcLogLevel } from './types.ts';

/** One loaded app: what its entry files registered, and where its logs go. */
export interface AppRegistry {
  readonly functions: Map<string, { readonly metadata: FunctionMetadata; readonly callback: FunctionCallback }>;
  readonly hooks: Map<HookName, HookCallback[]>;
  /** Set once the app has loaded: like the worker after the metadata request, no more registrations. */
  locked: boolean;
  log(level: RpcLogLevel, category: RpcLogCategory, message: string): void;
}

interface CoreState {
  programmingModel?: ProgrammingModel;
  /** The app whose entry files are being imported right now (loads are serialized). */
  loading?: AppRegistry;
  lastLoaded?: AppRegistry;
  readonly current: AsyncLocalStorage<AppRegistry>;
}

// `@azure/functions` caches the core module once per process, so its state is per process too; keyed
// on globalThis so that an `import` and a `require` of the module file share it.
const KEY = Symbol.for('asm-chatops.functions-host.core-state');
const holder = globalThis as { [KEY]?: CoreState };
export const coreState: CoreState = (holder[KEY] ??= { current: new AsyncLocalStorage<AppRegistry>() });

export function newAppRegistry(log: AppRegistry['log']): AppRegistry {
  return { functions: new Map(), hooks: new Map(), locked: false, log };
}

/** The app a call from the library belongs to: the one loading, else the one invoking, else the last loaded. */
export function activeApp(): AppRegistry | undefined {
  return coreState.loading ?? coreState.current.getStore() ?? coreState.lastLoaded;
}

/** Runs `fn` with `app` as the app that library calls (logs, hooks) belong to. */
export function runInApp<T>(app: AppRegistry, fn: () => T): T {
  return coreState.current.run(app, fn);
}
