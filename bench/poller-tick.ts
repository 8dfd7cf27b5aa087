// The poller's process for bench/poller.ts: a worker built like a Functions instance's (Table Storage
// jobs, Key Vault certificate through the real SecretClient, the Slack Web API client), pointed at
// the stand-ins the parent started. Runs one tick per line on stdin and prints its figures as JSON.
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { createKeyVaultCertificateSource, createKeyVaultSecretStore } from '../src/certificates/index.ts';
import { loadConfig } from '../src/config/index.ts';
import { createTableJobStore } from '../src/jobs/index.ts';
import { createSlackWebClient, createWorker } from '../src/worker/index.ts';

const input = JSON.parse(process.env['ASM_BENCH'] ?? '{}') as { env: Record<string, string>; table: string; vault: { url: string; token: string; ca: string }; emulatorCa: string; concurrency: number };
const config = loadConfig(input.env);
const credential = { getToken: async () => ({ token: input.vault.token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
const vault = { vaultUrl: input.vault.url, credential, clientOptions: { disableChallengeResourceVerification: true, tlsOptions: { ca: input.vault.ca } } };
const quiet = { info: () => {}, warn: () => {}, error: (m: string) => process.stderr.write(`${m}\n`) };
const worker = createWorker({
  config, logger: quiet,
  jobs: createTableJobStore({ connectionString: config.storage.connectionString, tableName: input.table }),
  certificates: createKeyVaultCertificateSource({ ...vault, cacheTtlMs: 3_600_000 }),
  secrets: createKeyVaultSecretStore(vault),
  slack: createSlackWebClient(config.slack.botToken, { apiUrl: config.slack.apiUrl! }),
  management: { ca: input.emulatorCa },
});

for await (const _line of createInterface({ input: process.stdin })) {
  const started = performance.now();
  const result = await worker.pollTick({ concurrencyPerSubscription: input.concurrency });
  const wallMs = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ ...result, wallMs, rssMb: process.memoryUsage().rss / 2 ** 20 })}\n`);
}
await worker.close();
