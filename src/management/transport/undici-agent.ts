import { createRequire } from 'node:module';
import type * as Undici from 'undici';

/*
 * The transport needs undici's connection pool (Agent) and its dispatch API, nothing else. The
 * package's main module also loads fetch, WebSocket, EventSource, caches, mocks and proxies:
 * 180–380 ms at import against about 60 ms for the pool. It is the same module the main entry
 * uses, so an Agent made here is an `undici.Agent`.
 */
const require = createRequire(import.meta.url);

export const Agent = require('undici/lib/dispatcher/agent.js') as typeof Undici.Agent;
export type Agent = Undici.Agent;
export type DispatchController = Undici.Dispatcher.DispatchController;
export type DispatchHandler = Undici.Dispatcher.DispatchHandler;
