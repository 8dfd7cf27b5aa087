// Many jobs at once, for the fault and race suites: created as the Slack app records them and
// planned through the worker (which submits each create), a bounded number at a time.
import type { Job } from '../../src/jobs/index.ts';
import type { Worker } from '../../src/worker/index.ts';
import type { Stack } from './harness.ts';

export async function planMany(stack: Stack, count: number, prefix: string, options: { readonly worker?: Worker; readonly concurrency?: number } = {}): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = options.worker ?? stack.worker;
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, async () => {
    while (next < count) {
      const i = next++;
      const job = await stack.createJob(`storage create ${prefix}${String(i).padStart(5, '0')} West US`);
      ids.push(job.id);
      // As the queue does: a message whose handling throws is handed out again, five times at most.
      for (let attempt = 1; attempt <= 5; attempt++) {
        try {
          await worker.handle({ jobId: job.id, action: 'plan' }, { dequeueCount: attempt });
          break;
        } catch (error) {
          if (attempt === 5) await worker.handlePoison({ jobId: job.id, action: 'plan' });
        }
      }
    }
  }));
  return ids;
}

/** Outcome messages per job id, from the channel (thread replies included). */
export function outcomeCounts(stack: Stack, channel: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of stack.sim.state.messages.get(channel) ?? []) {
    if (m.metadata?.event_type !== 'asm_job_outcome') continue;
    const id = String(m.metadata.event_payload['job_id']);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export const statusCounts = (jobs: readonly Job[]) =>
  jobs.reduce<Record<string, number>>((out, j) => ({ ...out, [j.status]: (out[j.status] ?? 0) + 1 }), {});
