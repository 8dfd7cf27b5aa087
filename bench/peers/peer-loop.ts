// The warm-peer protocol shared by the Node peers: one JSON task per stdin line, one JSON answer
// per stdout line ({ value } or { error }). The runner decides what to run and when.
import { createInterface } from 'node:readline';

export type Task = { task: string; calls?: number; ids?: string[]; inFlight?: number; name?: string };
export type Handlers = Record<string, (task: Task) => Promise<number>>;

export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Client CPU per call of `call`, in ms. */
export async function cpuPerCall(calls: number, call: () => Promise<unknown>): Promise<number> {
  const start = cpuMs();
  for (let i = 0; i < calls; i++) await call();
  return (cpuMs() - start) / calls;
}

/** Operations per second polling each id once, `inFlight` at a time. */
export async function pollRate(ids: readonly string[], inFlight: number, poll: (id: string) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < ids.length) await poll(ids[next++]!);
  }));
  return (ids.length / (performance.now() - start)) * 1000;
}

export function servePeer(handlers: Handlers): void {
  const rss = async () => process.memoryUsage().rss / 1024 / 1024;
  const all: Handlers = { rss, ...handlers };
  createInterface({ input: process.stdin }).on('line', (line) => {
    const task = JSON.parse(line) as Task;
    const handler = all[task.task];
    const answer = handler === undefined ? Promise.reject(new Error(`unknown task ${task.task}`)) : handler(task);
    answer.then(
      (value) => process.stdout.write(`${JSON.stringify({ value })}\n`),
      (error: unknown) => process.stdout.write(`${JSON.stringify({ error: String((error as Error)?.stack ?? error) })}\n`),
    );
  });
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
}
