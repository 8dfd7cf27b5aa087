// The poller's process for bench/poller.ts: a worker built like a Functions instance's (Table Storage
// jobs, Key Vault certificate through the real SecretClient, the Slack Web API client), pointed at
// the stand-ins the parent started. Runs one tick per line on stdin and prints its figures as JSON.
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { createKeyVaultCertificateSource, createKeyVaultSecretStore } from '../src/certificates/index.ts';
import { loadConfig } from '../src/config/index.ts';
import { createTableJobStore, FINAL_STATUSES } from '../src/jobs/index.ts';
import { createSlackWebClient, createWorker } from '../src/worker/index.ts';
import { profiled } from './support/cpu-profile.ts';

const input = JSON.parse(process.env['ASM_BENCH'] ?? '{}') as { env: Record<string, string>; table: string; vault: { url: string; token: string; ca: string }; emulatorCa: string; concurrency: number };
const config = loadConfig(input.env);
const credential = { getToken: async () => ({ token: input.vault.token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
const vault = { vaultUrl: input.vault.url, credential, clientOptions: { disableChallengeResourceVerification: true, tlsOptions: { ca: input.vault.ca } } };
const quiet = { info: () => {}, warn: () => {}, error: (m: string) => process.stderr.write(`${m}\n`) };
const jobs = createTableJobStore({ connectionString: config.storage.connectionString, tableName: input.table });
const worker = createWorker({
  config, logger: quiet, jobs,
  certificates: createKeyVaultCertificateSource({ ...vault, cacheTtlMs: 3_600_000 }),
  secrets: createKeyVaultSecretStore(vault),
  slack: createSlackWebClient(config.slack.botToken, { apiUrl: config.slack.apiUrl! }),
  management: { ca: input.emulatorCa },
});

const mb = (bytes: number) => bytes / 2 ** 20;
process.stdout.write(`${JSON.stringify({ ready: true, rssMb: mb(process.memoryUsage().rss), heapMb: mb(process.memoryUsage().heapUsed) })}\n`);
// A line `profile <name>` profiles that tick (the summary comes back with the figures); `list`
// times the tick's queries alone.
for await (const line of createInterface({ input: process.stdin })) {
  const started = performance.now();
  if (line === 'list') {
    const waiting = (await jobs.listByStatus('waiting')).length;
    const waitingMs = performance.now() - started;
    // As the tick asks: owed jobs that ended or await approval (the waiting ones come from the first query).
    const owed = (await jobs.listRecent({ origin: { owed: 'yes' }, statuses: [...FINAL_STATUSES, 'awaiting-approval'] })).length;
    process.stdout.write(`${JSON.stringify({ waiting, waitingMs, owed, owedMs: performance.now() - started - waitingMs })}\n`);
    continue;
  }
  const tick = () => worker.pollTick({ concurrencyPerSubscription: input.concurrency });
  const name = /^profile (\S+)/.exec(line)?.[1];
  const { result, summary } = name ? await profiled(`${name}-poller`, tick) : { result: await tick(), summary: undefined };
  const wallMs = performance.now() - started;
  const memory = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ ...result, wallMs, rssMb: mb(memory.rss), heapMb: mb(memory.heapUsed), ...(summary ? { profile: summary } : {}) })}\n`);
}
await worker.close();
