// The engine's test bench: a real emulator over mutual TLS, the real management client, the memory
// store, a memory secret store, request counting from the emulator's log, and crash injection.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  commandSettings, type ManagementClientLike, type RunCommand, type SecretStore,
} from '../../../src/commands/index.ts';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.ts';
import { createJobEngine, isFinal, MemoryJobStore, newJob, type Job, type JobEngine, type JobEngineOptions, type JobStore } from '../../../src/jobs/index.ts';
import { ManagementCertificate, ServiceManagementClient } from '../../../src/management/index.ts';
import { parsedRun } from '../../helpers/commands.ts';

export const settings = commandSettings();

export interface Bench {
  readonly emulator: RunningEmulator;
  readonly client: ServiceManagementClient;
  /** The emulator's request lines (`POST /sub/services/hostedservices 201 id`) since the bench started. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Operations stay InProgress until a test completes them, so nothing waits and every state is seen. */
export async function startBench(): Promise<Bench> {
  const requests: string[] = [];
  const emulator = await startEmulator({
    port: 0, inMemory: true, operationDelayMs: 600_000,
    log: (line) => { if (/^[A-Z]+ \//.test(line)) requests.push(line); },
  });
  const client = new ServiceManagementClient({
    subscriptionId: emulator.subscriptionId, endpoint: emulator.url, ca: readFileSync(emulator.caFile, 'utf8'),
    certificate: ManagementCertificate.fromPem(readFileSync(emulator.certFile, 'utf8')), retry: { maxRetries: 0 },
  });
  return { emulator, client, requests, async close() { await client.close(); await emulator.close(); } };
}

/** Requests with this method whose path (below the subscription) matches. */
export function countRequests(lines: readonly string[], method: string, path: RegExp): number {
  return lines.filter((line) => {
    const [m, p] = line.split(' ');
    return m === method && path.test((p ?? '').replace(/^\/[^/]+/, ''));
  }).length;
}

export const parsed = (text: string): RunCommand => parsedRun(text);

export function memorySecrets(): SecretStore & { readonly values: Map<string, string>; sets: number } {
  const values = new Map<string, string>();
  const store = {
    values,
    sets: 0,
    async set(name: string, value: string) { store.sets++; values.set(name, value); return { name, version: '1', location: `memory:${name}` }; },
    async get(name: string) {
      const value = values.get(name);
      if (value === undefined) throw Object.assign(new Error(`no secret ${name}`), { code: 'SECRET_NOT_FOUND' });
      return value;
    },
    async exists(name: string) { return values.has(name); },
    async delete(name: string) { values.delete(name); },
  };
  return store;
}

export const quietLogger = { warn: () => {} };

export function engineFor(client: ManagementClientLike, store: JobStore, extra: Partial<JobEngineOptions> = {}): JobEngine {
  return createJobEngine({ store, clientFor: () => client, logger: quietLogger, ...extra });
}

export async function createJob(store: JobStore, text: string, id?: string): Promise<Job> {
  return store.create(newJob(parsed(text), { requester: 'U1', ...(id ? { id } : {}) }));
}

/**
 * Takes a job from wherever it is stored to its end, the way the worker and the poller would:
 * plan, approve (as a second person), advance, and poll after completing the emulator's operations.
 */
export async function drive(engine: JobEngine, store: JobStore, id: string, bench: Bench, limit = 50): Promise<Job> {
  for (let i = 0; i < limit; i++) {
    const job = await store.get(id);
    assert.ok(job, `job ${id} is stored`);
    if (isFinal(job.status)) return job;
    if (job.status === 'planned') await engine.plan(job, { settings });
    else if (job.status === 'awaiting-approval') await engine.approve(job, 'U2');
    else if (job.status === 'waiting') {
      bench.emulator.admin.completePendingOperations();
      await engine.poll(job);
    } else await engine.advance(job);
  }
  assert.fail(`job ${id} did not end within ${limit} rounds`);
}

export { MemoryJobStore };
