import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from '../../../src/emulator/index.ts';

/**
 * An operation delay no test outlives: operations stay InProgress until the test finishes them
 * (`admin.completePendingOperations()`), so a loaded machine can never complete one behind a
 * test's back while it looks at transitional states.
 */
export const HELD_OPERATION_DELAY_MS = 3_600_000;

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}

export interface RequestOptions {
  readonly body?: string;
  /** `x-ms-version`; `null` sends none. Default 2014-10-01. */
  readonly version?: string | null;
  /** Another client identity (PEM certificate and key); default the demo management certificate. */
  readonly identity?: { certPem: string; keyPem: string } | null;
  /** Relative to the subscription (`/services/...`) unless `absolute`. */
  readonly absolute?: boolean;
  readonly subscriptionId?: string;
}

export interface TestEmulator {
  readonly emulator: RunningEmulator;
  readonly ca: string;
  readonly clientPem: string;
  send(method: string, path: string, options?: RequestOptions): Promise<RawResponse>;
  close(): Promise<void>;
}

/** A fresh in-memory emulator on a free port, and a raw mutual-TLS client for it. */
export async function startTestEmulator(options: StartEmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, inMemory: true, operationDelayMs: 50, ...options });
  const ca = readFileSync(emulator.caFile, 'utf8');
  const clientPem = readFileSync(emulator.certFile, 'utf8');
  const agents = new Map<string, Agent>();
  const agentFor = (identity: { certPem: string; keyPem: string } | null | undefined) => {
    const key = identity ? identity.certPem : identity === null ? 'none' : 'demo';
    let agent = agents.get(key);
    if (!agent) {
      const tls = identity === null ? { ca } : { ca, cert: identity?.certPem ?? clientPem, key: identity?.keyPem ?? clientPem };
      agent = new Agent({ connect: tls });
      agents.set(key, agent);
    }
    return agent;
  };
  return {
    emulator,
    ca,
    clientPem,
    async send(method, path, requestOptions = {}) {
      const subscriptionId = requestOptions.subscriptionId ?? emulator.subscriptionId;
      const url = requestOptions.absolute ? `${emulator.url}${path}` : `${emulator.url}/${subscriptionId}${path}`;
      const version = requestOptions.version === undefined ? '2014-10-01' : requestOptions.version;
      const headers: Record<string, string> = {};
      if (version !== null) headers['x-ms-version'] = version;
      if (method !== 'GET') headers['content-type'] = 'application/atom+xml;type=entry;charset=utf-8';
      const response = await request(url, {
        method: method as 'GET',
        headers,
        body: requestOptions.body ?? (method === 'GET' ? undefined : ''),
        dispatcher: agentFor(requestOptions.identity),
      });
      const text = await response.body.text();
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) flat[name] = Array.isArray(value) ? value.join(', ') : String(value);
      return { status: response.statusCode, headers: flat, text };
    },
    async close() {
      await Promise.all([...agents.values()].map((agent) => agent.close()));
      await emulator.close();
    },
  };
}
