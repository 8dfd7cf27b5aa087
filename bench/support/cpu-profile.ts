// Where a process spends its CPU during one stretch of a benchmark: the inspector's sampling
// profiler around it, summarized by self time per function and per package (BENCH_CPU_PROF=<dir>
// also keeps the .cpuprofile files, to open in Chrome's DevTools).
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number; }

export interface ProfileSummary {
  readonly totalMs: number;
  /** Self time by package (node_modules/<name>, node internals, this project's folders, idle, gc). */
  readonly byPackage: readonly (readonly [string, number])[];
  readonly byFunction: readonly (readonly [string, number])[];
}

function place(url: string): string {
  if (url === '') return '(native/idle/gc)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/work\/main\/([^/]+\/[^/]+)/.exec(url);
  return own ? own[1]! : url;
}

export function summarize(profile: Profile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const where = frame.functionName === '(idle)' ? '(idle)' : frame.functionName === '(garbage collector)' ? '(gc)' : place(frame.url);
    pkg.set(where, (pkg.get(where) ?? 0) + us / 1000);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/main\//, '')}:${frame.lineNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + us / 1000);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: (profile.endTime - profile.startTime) / 1000, byPackage: sorted(pkg), byFunction: sorted(fn) };
}

export function renderSummary(title: string, summary: ProfileSummary): string {
  const line = ([name, ms]: readonly [string, number]) => `    ${ms.toFixed(0).padStart(6)} ms  ${name}`;
  return [`${title}: ${summary.totalMs.toFixed(0)} ms profiled; self time by package:`, ...summary.byPackage.map(line), '  by function:', ...summary.byFunction.map(line)].join('\n');
}

/** Profiles this process while `work` runs. */
export async function profiled<T>(name: string, work: () => Promise<T>, dir = process.env['BENCH_CPU_PROF']): Promise<{ result: T; summary: ProfileSummary }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const stop = async () => ((await session.post('Profiler.stop')) as unknown as { profile: Profile }).profile;
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await stop();
    session.disconnect();
    throw error;
  }
  const profile = await stop();
  session.disconnect();
  if (dir) writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  return { result, summary: summarize(profile) };
}
