// The whole back half on one machine: Azurite tables, the ASM emulator over mutual TLS, the Key Vault
// stand-in holding the emulator's management certificate as a Key Vault certificate (read by the real
// SecretClient), the Slack stand-in, the Slack app served over HTTP for commands and clicks, and the
// worker run through the functions' handlers. One clock for the bot, the stand-in and the worker.
import { readFileSync } from 'node:fs';
import functions from '@azure/functions';
import { createKeyVaultCertificateSource, createKeyVaultSecretStore } from '../../src/certificates/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { startEmulator, type FaultSettings } from '../../src/emulator/index.ts';
import { parseCommand } from '../../src/commands/index.ts';
import { createTableJobStore, digests, newJob, type Job, type JobMessage, type JobStore } from '../../src/jobs/index.ts';
import { startAzurite } from '../../src/local/azurite/start-azurite.ts';
import { startKeyVault } from '../../src/local/key-vault/index.ts';
import { serveHttpFunction, SlackSimState, startSlackStandIn, type SimMessage } from '../../src/local/slack/index.ts';
import { createAuditLog } from '../../src/slack/audit/index.ts';
import { createPolicy } from '../../src/slack/policy/index.ts';
import { createLogger, createSlackApp, enqueueVia } from '../../src/slack/index.ts';
import { createSlackWebClient, createWorker, setWorkerFactory, type Worker, type WorkerOptions } from '../../src/worker/index.ts';
import { standInClientOptions, testCredential } from '../local/key-vault/stand-in-client.ts';
import { BOT_TOKEN, IDS, settings } from '../slack/listeners/harness.ts';

export { IDS };
export const quiet = { info: () => {}, warn: () => {}, error: () => {} };

export interface StackOptions {
  readonly faults?: FaultSettings;
  readonly management?: WorkerOptions['management'];
  readonly postLeaseMs?: number;
  /** Log emulator request lines (for counting creates). */
  readonly countRequests?: boolean;
}

export async function startStack(options: StackOptions = {}) {
  const clock = { ms: Date.now() };
  const now = () => new Date(clock.ms);
  const requests: string[] = [];
  const [azurite, emulator, vault] = await Promise.all([
    startAzurite(),
    startEmulator({
      port: 0, inMemory: true, operationDelayMs: 600_000, ...(options.faults ? { faults: options.faults } : {}),
      ...(options.countRequests ? { log: (line: string) => { if (/^[A-Z]+ \//.test(line)) requests.push(line); } } : {}),
    }),
    startKeyVault(),
  ]);
  // Message timestamps follow the same clock as the worker (a post's ts is compared with its recorded intent).
  const sim = await startSlackStandIn({ botToken: BOT_TOKEN, signingSecret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', state: new SlackSimState({ now: () => clock.ms }) });
  for (const [name, id] of Object.entries(IDS)) {
    if (id.startsWith('U')) sim.state.addUser({ id, name, real_name: name, is_bot: false });
    else sim.state.addChannel({ id, name });
  }
  vault.admin.importCertificate('ops-cert', { pfx: readFileSync(emulator.pfxFile), password: '' });
  const env = settings({
    SLACK_API_URL: sim.apiUrl, AzureWebJobsStorage: azurite.connectionString, KEY_VAULT_URL: vault.url,
    ASM_CHANNELS: JSON.stringify({ [IDS.ops]: { subscriptionId: emulator.subscriptionId, certificate: 'ops-cert', endpoint: emulator.url } }),
  });
  const config = loadConfig(env);
  const suffix = Math.random().toString(36).slice(2, 8);
  const jobs = createTableJobStore({ connectionString: azurite.connectionString, tableName: `jobs${suffix}` });
  const schedules = digests.createTableDigestStore({ connectionString: azurite.connectionString, tableName: `digests${suffix}` });
  const vaultOptions = { vaultUrl: vault.url, credential: testCredential(vault.token), clientOptions: standInClientOptions(vault) };
  const certificates = createKeyVaultCertificateSource({ ...vaultOptions, cacheTtlMs: 3_600_000 });
  const secrets = createKeyVaultSecretStore(vaultOptions);
  const ca = readFileSync(emulator.caFile, 'utf8');
  const audit = createAuditLog({ connectionString: azurite.connectionString, tableName: `audit${suffix}`, now });
  const workers: Worker[] = [];
  /** A worker as one Functions instance makes it (its own client cache); `afterPost` injects a crash. */
  const makeWorker = (extra: Partial<WorkerOptions> = {}) => {
    const worker = createWorker({
      config, jobs, audit, certificates, secrets, now, logger: quiet,
      slack: createSlackWebClient(BOT_TOKEN, { apiUrl: sim.apiUrl }),
      management: options.management ?? { ca, retry: { maxRetries: 0 } },
      ...(options.postLeaseMs ? { postLeaseMs: options.postLeaseMs } : {}),
      ...extra,
    });
    workers.push(worker);
    return worker;
  };
  const worker = makeWorker();
  setWorkerFactory(() => ({ worker, schedules }));

  const queueOutput = functions.output.storageQueue({ queueName: 'asm-jobs', connection: 'AzureWebJobsStorage' });
  const slackApp = createSlackApp({ config, jobs, audit, policy: createPolicy(config), enqueue: enqueueVia(queueOutput), now, logger: createLogger({ sink: () => {} }), digests: async () => schedules });
  const queued: JobMessage[] = [];
  const served = await serveHttpFunction(slackApp.handler, {
    onInvocation: (context) => {
      const out = context.extraOutputs.get(queueOutput) as JobMessage | JobMessage[] | undefined;
      if (out !== undefined) queued.push(...(Array.isArray(out) ? out : [out]));
    },
  });
  sim.setBotUrl(served.url);
  const { runJob } = await import('../../functions/run-job.ts');
  const { runJobPoison } = await import('../../functions/run-job-poison.ts');
  const { pollOperations } = await import('../../functions/poll-operations.ts');
  const { statusDigest } = await import('../../functions/status-digest.ts');
  const context = (name: string, dequeueCount = 1) => new functions.InvocationContext({
    functionName: name, logHandler: () => {}, triggerMetadata: { dequeueCount },
  });
  const timer = { isPastDue: false, scheduleStatus: { last: '', next: '', lastUpdated: '' } } as never;

  const ops = IDS.ops;
  const stack = {
    clock, now, azurite, emulator, emulatorCa: ca, vault, sim, config, jobs, audit, jobsTable: `jobs${suffix}`, schedules, certificates, secrets, worker, queued, requests, makeWorker,
    command: (user: keyof typeof IDS, text: string) => sim.sendSlashCommand({ user: IDS[user], channel: ops, text }),
    click: (user: keyof typeof IDS, ts: string, actionId: 'job.approve' | 'job.deny') => sim.sendBlockAction({ user: IDS[user], channel: ops, messageTs: ts, actionId }),
    /** Hands every queued message to functions/run-job, in order. */
    async runQueued(): Promise<void> {
      while (queued.length > 0) await runJob(queued.shift() as never, context('run-job'));
    },
    runJob: (message: JobMessage, dequeueCount = 1) => runJob(message as never, context('run-job', dequeueCount)),
    runPoison: (message: JobMessage) => runJobPoison(message as never, context('run-job-poison', 6)),
    tick: () => pollOperations(timer, context('poll-operations')),
    digestTick: () => statusDigest(timer, context('status-digest')),
    /** Finishes Azure's operations and ticks the poller until the job ends. */
    async toEnd(jobId: string, rounds = 10): Promise<Job> {
      for (let i = 0; i < rounds; i++) {
        const job = (await jobs.get(jobId))!;
        if (['succeeded', 'failed'].includes(job.status) && job.posted?.['outcome'] && !job.posted['outcome'].startsWith('pending')) return job;
        emulator.admin.completePendingOperations();
        await stack.tick();
      }
      return (await jobs.get(jobId))!;
    },
    channel: (): SimMessage[] => sim.state.channelHistory(ops),
    thread: (ts: string): SimMessage[] => sim.state.thread(ops, ts) ?? [],
    /** Every message (top level and replies) tagged for this job, by metadata event type. */
    tagged: (jobId: string, eventType?: string): SimMessage[] => (sim.state.messages.get(ops) ?? [])
      .filter((m) => m.metadata?.event_payload['job_id'] === jobId && (eventType === undefined || m.metadata.event_type === eventType)),
    /** A job created the way the Slack app records one, as if `/asm <text>` had been typed in #ops. */
    async createJob(text: string, approval: 'required' | 'none' = 'none'): Promise<Job> {
      const parsed = parseCommand(text);
      if (!parsed.ok || parsed.command.kind !== 'run') throw new Error(`not a run command: ${text}`);
      const c = config.channels[ops]!;
      return jobs.create(newJob(parsed.command, {
        requester: IDS.alice, now: now(),
        origin: { source: 'slack', team: 'T1', channel: ops, user: IDS.alice, approval },
        binding: { subscriptionId: c.subscriptionId, certificate: c.certificate, ...(c.endpoint ? { endpoint: c.endpoint } : {}) },
      }));
    },
    async close() {
      setWorkerFactory(() => { throw new Error('closed'); });
      await Promise.all(workers.map((w) => w.close()));
      await served.close();
      await sim.close();
      await Promise.all([emulator.close(), vault.close(), azurite.close()]);
    },
  };
  return stack;
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
export type { JobStore };
