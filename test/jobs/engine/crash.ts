// Stops an engine at a chosen point, as a killed process would: after the Nth store write or the
// Nth service call, that call "returns" by throwing, and from then on nothing reaches the store or
// the service again (a dead process writes nothing more).
import type { ManagementClientLike } from '../../../src/commands/index.ts';
import type { Job, JobStore, NewJob } from '../../../src/jobs/index.ts';

export class Crash extends Error {
  override readonly name = 'Crash';
}

export interface CrashPoint {
  dead: boolean;
  writes: number;
  calls: number;
}

export const crashPoint = (): CrashPoint => ({ dead: false, writes: 0, calls: 0 });

export function crashingStore(inner: JobStore, point: CrashPoint, afterWrites: number): JobStore {
  const alive = () => { if (point.dead) throw new Crash('the process was stopped'); };
  const wrote = <T>(value: T): T => {
    point.writes++;
    if (point.writes === afterWrites) {
      point.dead = true;
      throw new Crash(`stopped after store write ${afterWrites}`);
    }
    return value;
  };
  return {
    async create(job: NewJob) { alive(); return wrote(await inner.create(job)); },
    async get(id) { alive(); return inner.get(id); },
    async update(job: Job, version: string) { alive(); return wrote(await inner.update(job, version)); },
    async listByStatus(status, options) { alive(); return inner.listByStatus(status, options); },
    async listRecent(options) { alive(); return inner.listRecent(options); },
  };
}

export function crashingClient(inner: ManagementClientLike, point: CrashPoint, afterCalls: number): ManagementClientLike {
  return new Proxy(inner, {
    get(target, groupName) {
      const group = (target as unknown as Record<string | symbol, unknown>)[groupName];
      if (typeof group !== 'object' || group === null) return group;
      return new Proxy(group, {
        get(g, methodName) {
          const method = (g as Record<string | symbol, unknown>)[methodName];
          if (typeof method !== 'function') return method;
          return async (...args: unknown[]) => {
            if (point.dead) throw new Crash('the process was stopped');
            const result = await (method as (...a: unknown[]) => Promise<unknown>).apply(g, args);
            point.calls++;
            if (point.calls === afterCalls) {
              point.dead = true;
              throw new Crash(`stopped after service call ${afterCalls}`);
            }
            return result;
          };
        },
      });
    },
  });
}
