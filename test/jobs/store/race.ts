// Two writers race on the same jobs: in each round both read every job, then both try to update it
// from the version they read. Per job and round exactly one must win and the other get a conflict.
import { isJobConflict, type Job, type JobStore } from '../../../src/jobs/index.ts';
import { newJob } from './job-store-contract.ts';

export interface RaceReport {
  readonly wins: number;
  readonly conflicts: number;
  readonly problems: string[];
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

export async function raceTwoWriters(a: JobStore, b: JobStore, options: { jobs: number; rounds: number }): Promise<RaceReport> {
  const ids = Array.from({ length: options.jobs }, (_, i) => `race-${String(i).padStart(3, '0')}`);
  await inBatches(ids, 25, (id) => a.create(newJob(id, { posted: {} })));
  const problems: string[] = [];
  let wins = 0;
  let conflicts = 0;
  for (let round = 1; round <= options.rounds; round++) {
    // Each writer reads every job in one query, as the poller does.
    const [seenByA, seenByB] = await Promise.all([a, b].map(async (store) => {
      const byId = new Map((await store.listRecent()).map((job) => [job.id, job]));
      return ids.map((id) => byId.get(id)!);
    })) as [Job[], Job[]];
    const attempt = (store: JobStore, writer: string, job: Job) =>
      store.update({ ...job, posted: { ...job.posted, [`round${round}`]: writer } }, job.version).then(
        (saved) => ({ writer, saved }),
        (error: unknown) => {
          if (!isJobConflict(error)) throw error;
          return { writer, saved: undefined };
        },
      );
    const outcomes = await inBatches(ids.map((_, i) => i), 20, (i) =>
      Promise.all([attempt(a, 'a', seenByA[i]!), attempt(b, 'b', seenByB[i]!)]));
    const storedById = new Map((await a.listRecent()).map((job) => [job.id, job]));
    for (const [i, pair] of outcomes.entries()) {
      const winners = pair.filter((o) => o.saved !== undefined);
      wins += winners.length;
      conflicts += pair.length - winners.length;
      if (winners.length !== 1) problems.push(`${ids[i]} round ${round}: ${winners.length} writers won`);
      const stored = storedById.get(ids[i]!);
      const expected = winners[0]?.saved;
      if (expected && JSON.stringify(stored) !== JSON.stringify(expected)) problems.push(`${ids[i]} round ${round}: stored job is not the winner's`);
      const marks = Object.keys(stored?.posted ?? {}).length;
      if (marks !== round) problems.push(`${ids[i]} round ${round}: ${marks} round marks stored`);
    }
  }
  return { wins, conflicts, problems };
}
