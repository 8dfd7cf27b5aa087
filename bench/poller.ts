// npm run bench:poller — one poller tick over 1,000 waiting jobs on the ASM emulator and Azurite, in
// a process of its own: operations polled per second, the tick's wall time, its resident memory.
// Then the same 1,000 operations finished: a tick that advances every job and posts its outcome once.
// The poller's process runs the compiled JavaScript, as a Functions instance does (BENCH_SOURCES=1:
// the TypeScript sources, which also pay for type stripping).
// BENCH_PROFILE=1: one more warm tick profiled in both processes, summarized by self time
// (BENCH_CPU_PROF=<dir> also keeps the .cpuprofile files). BENCH_JOBS, BENCH_WARM_TICKS, BENCH_CONCURRENCY.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startStack } from '../test/worker/harness.ts';
import { BOT_TOKEN, settings } from '../test/slack/listeners/harness.ts';
import { buildEntry } from './support/build-entry.ts';
import { profiled, renderSummary, type ProfileSummary } from './support/cpu-profile.ts';
import { median } from './support/table.ts';

const JOBS = Number(process.env['BENCH_JOBS'] ?? 1000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const stack = await startStack();
const setupStarted = performance.now();
const ids: string[] = [];
let next = 0;
await Promise.all(Array.from({ length: 32 }, async () => {
  while (next < JOBS) {
    const i = next++;
    const job = await stack.createJob(`storage create bench${String(i).padStart(5, '0')} West US`);
    await stack.worker.handle({ jobId: job.id, action: 'plan' });
    ids.push(job.id);
  }
}));
const waiting = (await stack.jobs.listByStatus('waiting')).length;
process.stdout.write(`setup: ${JOBS} storage create jobs planned and submitted in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; ${waiting} waiting\n`);

const env = settings({
  SLACK_API_URL: stack.sim.apiUrl, AzureWebJobsStorage: stack.azurite.connectionString, KEY_VAULT_URL: stack.vault.url, SLACK_BOT_TOKEN: BOT_TOKEN,
  ASM_CHANNELS: JSON.stringify(Object.fromEntries(Object.entries(stack.config.channels).map(([id, c]) => [id, { subscriptionId: c.subscriptionId, certificate: c.certificate, endpoint: c.endpoint }]))),
});
const built = process.env['BENCH_SOURCES'] ? undefined : buildEntry('bench/poller-tick.ts');
const tickEntry = built?.entry ?? fileURLToPath(new URL('./poller-tick.ts', import.meta.url));
process.stdout.write(`poller process runs ${built === undefined ? 'the TypeScript sources' : 'the compiled JavaScript'}\n`);
const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', tickEntry], {
  env: { ...process.env, ASM_BENCH: JSON.stringify({ env, table: stack.jobsTable, vault: { url: stack.vault.url, token: stack.vault.token, ca: stack.vault.caPem }, emulatorCa: readFileSync(stack.emulator.caFile, 'utf8'), concurrency: CONCURRENCY }) },
  stdio: ['pipe', 'pipe', 'inherit'],
});
type Figures = { waiting: number; polled: number; finished: number; posted: number; errors: number; wallMs: number; rssMb: number; heapMb: number; profile?: ProfileSummary };
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const ask = async <T>(line: string): Promise<T> => {
  child.stdin.write(`${line}\n`);
  const { value } = await lines.next();
  return JSON.parse(value as string) as T;
};
const ready = JSON.parse((await lines.next()).value as string) as { rssMb: number; heapMb: number };
process.stdout.write(`poller process before its first tick (modules loaded, worker made): RSS ${ready.rssMb.toFixed(0)} MB, heap ${ready.heapMb.toFixed(0)} MB\n`);
const show = (name: string, r: Figures) => process.stdout.write(
  `${name}: waiting=${r.waiting} polled=${r.polled} finished=${r.finished} posted=${r.posted} errors=${r.errors} · wall ${r.wallMs.toFixed(0)} ms · ${(r.polled / (r.wallMs / 1000)).toFixed(0)} operations polled/s · RSS ${r.rssMb.toFixed(0)} MB · heap ${r.heapMb.toFixed(0)} MB\n`);
show('tick 1 (cold: certificate from Key Vault, new connections; all InProgress)', await ask<Figures>(''));
// Warm ticks: the machine is shared, so several, and the median.
const WARM = Number(process.env['BENCH_WARM_TICKS'] ?? 3);
const rates: number[] = [];
for (let i = 0; i < WARM; i++) {
  const r = await ask<Figures>('');
  rates.push(r.polled / (r.wallMs / 1000));
  show(`tick ${i + 2} (warm; all InProgress)`, r);
}
process.stdout.write(`warm ticks: median ${median(rates).toFixed(0)} operations polled/s (target ≥ 2,000)\n`);
const list = await ask<{ waiting: number; waitingMs: number; owed: number; owedMs: number }>('list');
process.stdout.write(`the tick's queries alone: listByStatus('waiting') ${list.waiting} jobs in ${list.waitingMs.toFixed(0)} ms; listRecent(owed, ended or awaiting approval) ${list.owed} jobs in ${list.owedMs.toFixed(0)} ms\n`);
if (process.env['BENCH_PROFILE'] || process.env['BENCH_CPU_PROF']) {
  // One more warm tick, profiled in both processes: the poller, and this one (the emulator, Azurite and the Slack stand-in).
  const { result: [r], summary } = await profiled('warm-stack', () => Promise.all([ask<Figures>('profile warm')]));
  show('profiled warm tick', r);
  process.stdout.write(`${renderSummary('poller process', r.profile!)}\n${renderSummary('stack process (emulator, Azurite, Slack stand-in)', summary)}\n`);
}
stack.emulator.admin.completePendingOperations();
show(`tick ${WARM + 2} (all finished: advance, outcome posted once each)`, await ask<Figures>(''));
const outcomes = (stack.sim.state.messages.get(Object.keys(stack.config.channels)[0]!) ?? []).filter((m) => m.metadata?.event_type === 'asm_job_outcome').length;
process.stdout.write(`outcomes in the channel: ${outcomes} for ${ids.length} jobs\n`);
child.stdin.end();
await new Promise((resolve) => child.on('exit', resolve));
await stack.close();
built?.close();
