import { demoRoles, OPS_CHANNEL } from './workspace.ts';

/** The name of the emulator's management certificate in the local Key Vault. */
export const CERTIFICATE_NAME = 'asm-emulator-management';

export interface WiringFacts {
  readonly signingSecret: string;
  readonly botToken: string;
  readonly slackApiUrl: string;
  readonly keyVaultUrl: string;
  readonly keyVaultCaFile: string;
  readonly keyVaultToken: string;
  readonly subscriptionId: string;
  readonly emulatorUrl: string;
  /** The emulator's CA (PEM file): its server certificate is not from a public CA. */
  readonly emulatorCaFile: string;
}

/**
 * The app settings a deployment would have (docs/settings.md), pointing at the local parts: #ops
 * bound to the emulator's subscription, its certificate in the local vault, the demo roles; the
 * poller ticks every 2 s so a demo does not wait. `AzureWebJobsStorage` is given to the host apart.
 */
export function stackSettings(facts: WiringFacts): Record<string, string> {
  return {
    FUNCTIONS_WORKER_RUNTIME: 'node',
    SLACK_SIGNING_SECRET: facts.signingSecret,
    SLACK_BOT_TOKEN: facts.botToken,
    SLACK_API_URL: facts.slackApiUrl,
    KEY_VAULT_URL: facts.keyVaultUrl.endsWith('/') ? facts.keyVaultUrl : `${facts.keyVaultUrl}/`,
    KEY_VAULT_LOCAL_CA_FILE: facts.keyVaultCaFile,
    KEY_VAULT_LOCAL_TOKEN: facts.keyVaultToken,
    ASM_CHANNELS: JSON.stringify({
      [OPS_CHANNEL.id]: { subscriptionId: facts.subscriptionId, certificate: CERTIFICATE_NAME, endpoint: facts.emulatorUrl, approval: ['change', 'destroy'], approvalTtlMinutes: 60 },
    }),
    ASM_CA_FILE: facts.emulatorCaFile,
    ASM_ROLES: JSON.stringify(demoRoles()),
    ASM_POLL_SCHEDULE: '*/2 * * * * *',
  };
}

/** Names the stack sets itself: the same names in the environment would win in the host, so they are set aside. */
export const STACK_SETTING_NAMES = [
  'AzureWebJobsStorage', 'SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_API_URL', 'KEY_VAULT_URL', 'KEY_VAULT_LOCAL_CA_FILE',
  'KEY_VAULT_LOCAL_TOKEN', 'ASM_CHANNELS', 'ASM_CA_FILE', 'ASM_ROLES', 'ASM_POLL_SCHEDULE', 'AZURE_CLIENT_ID',
] as const;
