// R4: worker and poller processes killed with SIGKILL at random points over 100 jobs, then restarted:
// nothing lost, nothing posted twice. The parent runs Azurite (tables and the queue), the ASM
// emulator, the Key Vault stand-in and the Slack stand-in; two worker processes take the plan messages
// from the queue as the Functions host does, two poller processes tick; every few hundred
// milliseconds one of them is killed and started again. Then the survivors finish and the counts are
// printed: jobs ended right (succeeded exactly when the storage account exists), creates at the
// emulator (none sent twice), messages posted once per job and kind.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { QueueServiceClient } from '@azure/storage-queue';
import { isFinal } from '../../src/jobs/index.ts';
import { BOT_TOKEN, settings } from '../slack/listeners/harness.ts';
import { IDS, startStack, type Stack } from './harness.ts';
import { statusCounts } from './fleet.ts';
import type { KillChildInput } from './kill-child.ts';

const JOBS = Number(process.env['R4_JOBS'] ?? 100);
const KILL_PHASE_MS = Number(process.env['R4_KILL_MS'] ?? 60_000);
const QUEUE = 'asmr4jobs';
const random = (low: number, high: number) => low + Math.floor(Math.random() * (high - low));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stack: Stack;
const timers: NodeJS.Timeout[] = [];
const children = new Map<string, ChildProcess>();
before(async () => { stack = await startStack({ countRequests: true }); });
after(async () => {
  for (const t of timers) clearInterval(t);
  for (const child of children.values()) child.kill('SIGKILL');
  await stack.close();
});

test(`R4: ${JOBS} jobs while workers and pollers are killed with SIGKILL and restarted: every job ends right, no create sent twice, nothing posted twice`, { timeout: 15 * 60_000 }, async () => {
  // The stand-in's message times follow the real clock, as the child processes' do.
  timers.push(setInterval(() => { stack.clock.ms = Date.now(); }, 20));
  const service = QueueServiceClient.fromConnectionString(stack.azurite.connectionString);
  const queue = service.getQueueClient(QUEUE);
  await queue.createIfNotExists();
  const ids: string[] = [];
  for (let i = 0; i < JOBS; i++) {
    const job = await stack.createJob(`storage create r4s${String(i).padStart(5, '0')} West US`);
    ids.push(job.id);
    await queue.sendMessage(JSON.stringify({ jobId: job.id, action: 'plan' }));
  }
  // Azure finishes operations a moment after they were accepted.
  timers.push(setInterval(() => stack.emulator.admin.completePendingOperations(), 700));

  const input = (role: KillChildInput['role']): KillChildInput => ({
    role, queue: QUEUE, jobsTable: stack.jobsTable, auditTable: 'auditr4', postLeaseMs: 10_000, staleRunMs: 15_000, visibilitySeconds: 5,
    env: settings({
      SLACK_API_URL: stack.sim.apiUrl, AzureWebJobsStorage: stack.azurite.connectionString, KEY_VAULT_URL: stack.vault.url, SLACK_BOT_TOKEN: BOT_TOKEN,
      ASM_CHANNELS: JSON.stringify(Object.fromEntries(Object.entries(stack.config.channels).map(([id, c]) => [id, { subscriptionId: c.subscriptionId, certificate: c.certificate, endpoint: c.endpoint }]))),
    }),
    vault: { url: stack.vault.url, token: stack.vault.token, ca: stack.vault.caPem }, emulatorCa: stack.emulatorCa,
  });
  const script = fileURLToPath(new URL('./kill-child.ts', import.meta.url));
  const start = (name: string) => {
    const role = name.startsWith('worker') ? 'worker' : 'poller';
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', script], {
      env: { ...process.env, ASM_R4: JSON.stringify(input(role)) }, stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.set(name, child);
  };
  const names = ['worker1', 'worker2', 'poller1', 'poller2'];
  for (const name of names) start(name);

  const jobsNow = async () => Promise.all(ids.map(async (id) => (await stack.jobs.get(id))!));
  const settled = (jobs: Awaited<ReturnType<typeof jobsNow>>) =>
    jobs.every((j) => isFinal(j.status) && j.origin['owed'] === 'no' && Object.values(j.posted ?? {}).every((v) => !v.startsWith('pending@')));
  const kills: Record<string, number> = { worker: 0, poller: 0 };
  const started = Date.now();
  while (Date.now() - started < KILL_PHASE_MS) {
    await pause(random(300, 1500));
    const name = names[random(0, names.length)]!;
    const child = children.get(name)!;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
      kills[name.startsWith('worker') ? 'worker' : 'poller']! += 1;
    }
    start(name);
    if (settled(await jobsNow())) break;
  }
  const killPhase = Date.now() - started;
  // Then no more kills: the running processes finish what is left (stale intents after the 10 s lease).
  let jobs = await jobsNow();
  for (let i = 0; i < 240 && !settled(jobs); i++) {
    await pause(500);
    jobs = await jobsNow();
  }
  for (const child of children.values()) child.kill('SIGKILL');
  await pause(200);

  const client = await stack.worker.clientFor(jobs[0]!.binding!);
  const accounts = new Set((await client.storageAccounts.list()).map((a) => a.serviceName));
  const nameOf = (j: (typeof jobs)[number]) => (j.plan?.steps.find((s) => s.call === 'storageAccounts.create')?.args[0] as { serviceName?: string } | undefined)?.serviceName ?? j.command.split(' ')[2]!;
  const wrong = jobs.filter((j) => (j.status === 'succeeded') !== accounts.has(nameOf(j))).length;
  const creates = stack.requests.filter((l) => /^POST \/[^/]+\/services\/storageservices /.test(l));
  const served = creates.filter((l) => / 202 /.test(l)).length;
  const repeated = creates.filter((l) => / 409 /.test(l)).length;
  const perMessage = new Map<string, number>();
  for (const m of stack.sim.state.messages.get(IDS.ops) ?? []) {
    if (!m.metadata) continue;
    const key = `${String(m.metadata.event_payload['job_id'])} ${m.metadata.event_type} ${String(m.metadata.event_payload['key'])}`;
    perMessage.set(key, (perMessage.get(key) ?? 0) + 1);
  }
  const outcomes = ids.map((id) => perMessage.get(`${id} asm_job_outcome outcome`) ?? 0);
  const twice = [...perMessage.values()].filter((n) => n > 1).length;
  console.log(`R4: ${JOBS} jobs; ${kills['worker']} worker and ${kills['poller']} poller processes killed with SIGKILL over ${(killPhase / 1000).toFixed(0)} s, then finished in ${((Date.now() - started - killPhase) / 1000).toFixed(0)} s; statuses ${JSON.stringify(statusCounts(jobs))}; ended wrong (status disagrees with the service): ${wrong}; create requests at the emulator ${creates.length} (accepted 202: ${served}, refused as a repeat 409: ${repeated}); outcomes posted once: ${outcomes.filter((n) => n === 1).length}, twice or more: ${outcomes.filter((n) => n > 1).length}, missing: ${outcomes.filter((n) => n === 0).length}; any message posted twice (job, kind): ${twice}`);
  assert.ok(kills['worker']! + kills['poller']! > 0, 'processes were killed');
  assert.ok(jobs.every((j) => j.status === 'succeeded' || j.status === 'failed'), 'every job ended');
  assert.equal(wrong, 0);
  assert.equal(repeated, 0, 'no create sent twice');
  assert.ok(served <= JOBS);
  assert.equal(outcomes.filter((n) => n === 1).length, JOBS, 'each outcome posted once');
  assert.equal(twice, 0, 'nothing posted twice');
});
