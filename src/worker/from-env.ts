import { readFileSync } from 'node:fs';
import { createKeyVaultCertificateSource, createKeyVaultSecretStore, localKeyVaultOptions } from '../certificates/index.ts';
import { loadConfig } from '../config/index.ts';
import { createTableJobStore, digests } from '../jobs/index.ts';
import { createAuditLog } from '../slack/audit/index.ts';
import { createWorker, type Worker } from './create-worker.ts';
import { createSlackWebClient } from './slack-poster.ts';

/** The worker of one Functions instance and the digest schedules it reads. */
export interface WorkerInstance {
  readonly worker: Worker;
  readonly schedules: digests.DigestScheduleStore;
}

/**
 * Builds the worker from app settings (docs/settings.md): jobs and digest schedules in Table Storage
 * on `AzureWebJobsStorage`, management certificates and generated passwords in Key Vault through the
 * managed identity, posts with the bot token.
 */
export function workerFromEnv(env: Readonly<Record<string, string | undefined>>): WorkerInstance {
  const config = loadConfig(env);
  const connectionString = config.storage.connectionString;
  // localKeyVaultOptions: empty unless KEY_VAULT_LOCAL_CA_FILE is set, which only npm start does (its local vault).
  const vault = { vaultUrl: config.keyVault.url, ...(config.keyVault.clientId ? { managedIdentityClientId: config.keyVault.clientId } : {}), ...localKeyVaultOptions(env) };
  const worker = createWorker({
    config,
    jobs: createTableJobStore({ connectionString }),
    audit: createAuditLog({ connectionString }),
    certificates: createKeyVaultCertificateSource({ ...vault, cacheTtlMs: config.certCacheSeconds * 1000 }),
    secrets: createKeyVaultSecretStore(vault),
    slack: createSlackWebClient(config.slack.botToken, config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
    // ASM_CA_FILE: extra CAs for a non-public ASM endpoint (the emulator's ca.pem under npm start), as the CLI reads it.
    ...(env['ASM_CA_FILE']?.trim() ? { management: { ca: readFileSync(env['ASM_CA_FILE'].trim(), 'utf8') } } : {}),
  });
  return { worker, schedules: digests.createTableDigestStore({ connectionString }) };
}
