// npm run bench:poller — one poller tick over 1,000 waiting jobs on the ASM emulator and Azurite, in
// a process of its own: operations polled per second, the tick's wall time, its resident memory.
// Then the same 1,000 operations finished: a tick that advances every job and posts its outcome once.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startStack } from '../test/worker/harness.ts';
import { BOT_TOKEN, settings } from '../test/slack/listeners/harness.ts';

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
const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', fileURLToPath(new URL('./poller-tick.ts', import.meta.url))], {
  env: { ...process.env, ASM_BENCH: JSON.stringify({ env, table: stack.jobsTable, vault: { url: stack.vault.url, token: stack.vault.token, ca: stack.vault.caPem }, emulatorCa: readFileSync(stack.emulator.caFile, 'utf8'), concurrency: CONCURRENCY }) },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const tick = async () => {
  child.stdin.write('\n');
  const { value } = await lines.next();
  return JSON.parse(value as string) as { waiting: number; polled: number; finished: number; posted: number; errors: number; wallMs: number; rssMb: number };
};
const show = (name: string, r: Awaited<ReturnType<typeof tick>>) => process.stdout.write(
  `${name}: waiting=${r.waiting} polled=${r.polled} finished=${r.finished} posted=${r.posted} errors=${r.errors} · wall ${r.wallMs.toFixed(0)} ms · ${(r.polled / (r.wallMs / 1000)).toFixed(0)} operations polled/s · RSS ${r.rssMb.toFixed(0)} MB\n`);
show('tick 1 (cold: certificate from Key Vault, new connections; all InProgress)', await tick());
show('tick 2 (warm; all InProgress)', await tick());
stack.emulator.admin.completePendingOperations();
show('tick 3 (all finished: advance, outcome posted once each)', await tick());
const outcomes = (stack.sim.state.messages.get(Object.keys(stack.config.channels)[0]!) ?? []).filter((m) => m.metadata?.event_type === 'asm_job_outcome').length;
process.stdout.write(`outcomes in the channel: ${outcomes} for ${ids.length} jobs\n`);
child.stdin.end();
await new Promise((resolve) => child.on('exit', resolve));
await stack.close();
