// One process of the R4 kill run (test/worker/r4-kill.kill.ts), built as a Functions instance builds
// its worker (Table Storage jobs, the Key Vault certificate through the real SecretClient, the Slack
// Web API client), pointed at the stand-ins the parent runs. `worker`: takes messages from the Azurite
// queue as the Functions host does (visibility timeout, dequeue count, five deliveries then the
// poison handler); `poller`: one poller tick after another. The parent kills it with SIGKILL at any point.
import { QueueServiceClient } from '@azure/storage-queue';
import { createKeyVaultCertificateSource, createKeyVaultSecretStore } from '../../src/certificates/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { createTableJobStore, parseJobMessage } from '../../src/jobs/index.ts';
import { createAuditLog } from '../../src/slack/audit/index.ts';
import { createSlackWebClient, createWorker } from '../../src/worker/index.ts';

export interface KillChildInput {
  readonly role: 'worker' | 'poller';
  readonly env: Record<string, string>;
  readonly jobsTable: string;
  readonly auditTable: string;
  readonly queue: string;
  readonly vault: { readonly url: string; readonly token: string; readonly ca: string };
  readonly emulatorCa: string;
  readonly postLeaseMs: number;
  readonly staleRunMs: number;
  readonly visibilitySeconds: number;
}

const input = JSON.parse(process.env['ASM_R4'] ?? '{}') as KillChildInput;
const config = loadConfig(input.env);
const credential = { getToken: async () => ({ token: input.vault.token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
const vault = { vaultUrl: input.vault.url, credential, clientOptions: { disableChallengeResourceVerification: true, tlsOptions: { ca: input.vault.ca } } };
const connectionString = config.storage.connectionString;
const worker = createWorker({
  config,
  logger: { info: () => {}, warn: () => {}, error: () => {} },
  jobs: createTableJobStore({ connectionString, tableName: input.jobsTable }),
  audit: createAuditLog({ connectionString, tableName: input.auditTable }),
  certificates: createKeyVaultCertificateSource({ ...vault, cacheTtlMs: 3_600_000 }),
  secrets: createKeyVaultSecretStore(vault),
  slack: createSlackWebClient(config.slack.botToken, { apiUrl: config.slack.apiUrl! }),
  management: { ca: input.emulatorCa, retry: { maxRetries: 0 } },
  postLeaseMs: input.postLeaseMs,
  staleRunMs: input.staleRunMs,
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
process.stdout.write('ready\n');

if (input.role === 'poller') {
  for (;;) {
    await worker.pollTick({ concurrencyPerSubscription: 16 }).catch(() => undefined);
    await pause(100);
  }
}

const queue = QueueServiceClient.fromConnectionString(connectionString).getQueueClient(input.queue);
const poison = QueueServiceClient.fromConnectionString(connectionString).getQueueClient(`${input.queue}-poison`);
await poison.createIfNotExists();
for (;;) {
  const { receivedMessageItems: items } = await queue.receiveMessages({ numberOfMessages: 8, visibilityTimeout: input.visibilitySeconds });
  if (items.length === 0) {
    await pause(100);
    continue;
  }
  await Promise.all(items.map(async (item) => {
    const message = parseJobMessage(JSON.parse(item.messageText));
    if (message === undefined) return queue.deleteMessage(item.messageId, item.popReceipt);
    // As the Functions host: a message handed out more than five times goes to the poison queue and its handler.
    if (item.dequeueCount > 5) {
      await poison.sendMessage(item.messageText);
      await worker.handlePoison(message);
      return queue.deleteMessage(item.messageId, item.popReceipt);
    }
    try {
      await worker.handle(message, { dequeueCount: item.dequeueCount });
      await queue.deleteMessage(item.messageId, item.popReceipt);
    } catch {
      // Left in the queue: handed out again once its visibility timeout passes.
    }
  }));
}
