/**
 * The `@azure/functions-core` module as the Node worker exposes it (not an npm package: the host
 * provides it). `@azure/functions` requires it once and sends its programming model, registrations
 * and hooks here; the dev host resolves the specifier to this file (see app-loader.ts).
 */
import { activeApp, coreState } from './core-state.ts';
import type { FunctionCallback, FunctionMetadata, HookCallback, HookName, ProgrammingModel, RpcLogCategory, RpcLogLevel } from './types.ts';

export const version = '3.10.1';

/** `app.setup({ enableHttpStream })` and log hooks check for these versions. */
export const hostVersion = '4.1037.0';

export class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  #callOnDispose: (() => unknown) | undefined;
  constructor(callOnDispose: () => unknown) {
    this.#callOnDispose = callOnDispose;
  }
  dispose(): unknown {
    const call = this.#callOnDispose;
    this.#callOnDispose = undefined;
    return call?.();
  }
}

export function setProgrammingModel(model: ProgrammingModel): void {
  coreState.programmingModel = model;
}

export function getProgrammingModel(): ProgrammingModel | undefined {
  return coreState.programmingModel;
}

export function registerFunction(metadata: FunctionMetadata, callback: FunctionCallback): Disposable {
  const app = coreState.loading;
  if (app === undefined || app.locked) throw new Error('A function can only be registered during app startup.');
  const id = metadata.functionId ?? metadata.name;
  if (app.functions.has(id)) throw new Error(`A function with id "${id}" has already been registered.`);
  app.functions.set(id, { metadata: { ...metadata, functionId: id }, callback });
  return new Disposable(() => {
    if (app.locked) throw new Error('A function can only be disposed during app startup.');
    app.functions.delete(id);
  });
}

export function registerHook(name: HookName, callback: HookCallback): Disposable {
  const app = activeApp();
  if (app === undefined) throw new Error(`Cannot register a ${name} hook: no Functions app is loaded.`);
  const list = app.hooks.get(name) ?? [];
  list.push(callback);
  app.hooks.set(name, list);
  return new Disposable(() => {
    const at = list.indexOf(callback);
    if (at >= 0) list.splice(at, 1);
  });
}

export function log(level: RpcLogLevel, category: RpcLogCategory, message: string): void {
  const app = activeApp();
  if (app === undefined) console.error(`[${level}] ${message}`);
  else app.log(level, category, message);
}
