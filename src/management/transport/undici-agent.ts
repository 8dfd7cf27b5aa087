import { createRequire } from 'node:module';
import type * as Undici from 'undici';

/*
 * The transport needs undici's connection pool (Agent) and its request API, nothing else. The
 * package's main module also loads fetch, WebSocket, EventSource, caches, mocks and proxies:
 * 180–380 ms at import against about 60 ms for these two files. Both are the same modules the
 * main entry uses, so an Agent made here is an `undici.Agent`.
 */
const require = createRequire(import.meta.url);
const BaseAgent = require('undici/lib/dispatcher/agent.js') as typeof Undici.Agent;
const request = require('undici/lib/api/api-request.js') as (this: Undici.Dispatcher, options: Undici.Dispatcher.RequestOptions) => Promise<Undici.Dispatcher.ResponseData>;

/** undici's Agent with `request` (the main module adds it to every dispatcher; here only to this one). */
export class Agent extends BaseAgent {
  override request(options: Undici.Dispatcher.RequestOptions): Promise<Undici.Dispatcher.ResponseData> {
    return request.call(this, options);
  }
}
