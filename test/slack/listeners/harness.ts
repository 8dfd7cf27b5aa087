import functions from '@azure/functions';
import { loadConfig } from '../../../src/config/index.ts';
import type { Job } from '../../../src/jobs/job.ts';
import type { JobMessage } from '../../../src/jobs/messages.ts';
import { createTableJobStore } from '../../../src/jobs/table-store/index.ts';
import { planned } from '../../../src/jobs/transitions.ts';
import { parseCommand, DEFAULT_SETTINGS, planCommand, type RunCommand } from '../../../src/commands/index.ts';
import { startAzurite } from '../../../src/local/azurite/start-azurite.ts';
import { startSlackStandIn } from '../../../src/local/slack/server.ts';
import { serveHttpFunction } from '../../../src/local/slack/serve-http-function.ts';
import { createAuditLog } from '../../../src/slack/audit/index.ts';
import { approvalCard } from '../../../src/slack/cards/index.ts';
import { createPolicy } from '../../../src/slack/policy/index.ts';
import { createSlackApp, enqueueVia, createLogger } from '../../../src/slack/index.ts';
import { intake } from '../../../src/worker/intake.ts';

export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const BOT_TOKEN = 'xoxb-1111-2222-testtoken';
export const IDS = { alice: 'U0ALICE01', bob: 'U0BOB0001', carol: 'U0CAROL01', dave: 'U0DAVE001', ops: 'C0OPS0001', dev: 'C0DEV0001', free: 'C0FREE001' } as const;
export const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

export function settings(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, KEY_VAULT_URL: 'https://vault.example.net/',
    ASM_CHANNELS: JSON.stringify({
      [IDS.ops]: { subscriptionId: SUBSCRIPTION, certificate: 'ops-cert' },
      [IDS.dev]: { subscriptionId: '99999999-2222-3333-4444-555555555555', certificate: 'dev-cert' },
    }),
    ASM_ROLES: JSON.stringify({ operators: [IDS.alice], destroyers: [IDS.alice], approvers: [IDS.bob, IDS.dave, IDS.alice] }),
    ...overrides,
  };
}

/** The bot served over HTTP, the Slack stand-in in front of it, Azurite tables behind it; a clock both share. */
export async function startBot() {
  const clock = { ms: Date.parse('2026-01-05T10:00:00Z') };
  const now = () => new Date(clock.ms);
  const azurite = await startAzurite();
  const sim = await startSlackStandIn({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, state: undefined });
  // The stand-in signs with the same clock the receiver checks against.
  Object.defineProperty(sim.state, 'now', { value: () => clock.ms });
  for (const [name, id] of Object.entries(IDS)) {
    if (id.startsWith('U')) sim.state.addUser({ id, name, real_name: name, is_bot: false });
    else sim.state.addChannel({ id, name });
  }
  const env = settings({ SLACK_API_URL: sim.apiUrl, AzureWebJobsStorage: azurite.connectionString });
  const config = loadConfig(env);
  const suffix = Math.random().toString(36).slice(2, 8);
  const jobs = createTableJobStore({ connectionString: azurite.connectionString, tableName: `jobs${suffix}` });
  const audit = createAuditLog({ connectionString: azurite.connectionString, tableName: `audit${suffix}`, now });
  const queueOutput = functions.output.storageQueue({ queueName: 'asm-jobs', connection: 'AzureWebJobsStorage' });
  const logs: string[] = [];
  const logger = createLogger({ sink: (_l, m) => logs.push(m) });
  const slack = createSlackApp({ config, jobs, audit, policy: createPolicy(config), enqueue: enqueueVia(queueOutput), now, logger });
  const queued: JobMessage[] = [];
  const served = await serveHttpFunction(slack.handler, {
    onInvocation: (context) => {
      const out = context.extraOutputs.get(queueOutput) as JobMessage | JobMessage[] | undefined;
      if (out !== undefined) queued.push(...(Array.isArray(out) ? out : [out]));
    },
  });
  sim.setBotUrl(served.url);
  const client = new (await import('@slack/bolt')).webApi.WebClient(BOT_TOKEN, { slackApiUrl: sim.apiUrl });
  /** The worker's first step on every message not handled yet: the job a plan message carries created, the queued audit entry written. */
  let handled = 0;
  async function work(): Promise<void> {
    const quiet = { info: () => {}, warn: () => {}, error: () => {} };
    while (handled < queued.length) await intake({ jobs, audit, logger: quiet }, queued[handled++]!);
  }

  /** What the worker would do after planning a change: store the plan, post the approval card. */
  async function planAndPostCard(jobId: string, channel: string = IDS.ops): Promise<{ job: Job; ts: string }> {
    const job = (await jobs.get(jobId))!;
    const parsed = parseCommand(job.command);
    if (!parsed.ok || parsed.command.kind !== 'run') throw new Error(`not a run command: ${job.command}`);
    const plan = await planCommand(parsed.command as RunCommand, { settings: DEFAULT_SETTINGS, dryRun: true });
    const expiresAt = new Date(clock.ms + 60 * 60_000).toISOString();
    const awaiting = await jobs.update(planned(job, plan, now().toISOString(), { requireApproval: true, expiresAt }), job.version);
    const card = approvalCard(awaiting, { now: now() });
    const posted = await client.chat.postMessage({ channel, text: card.text, blocks: card.blocks as never });
    const withCard = await jobs.update({ ...awaiting, posted: { card: posted.ts! } }, awaiting.version);
    return { job: withCard, ts: posted.ts! };
  }

  return {
    clock, sim, jobs, audit, queued, logs, served, planAndPostCard, work,
    /** Sends `/asm <text>`, then lets the worker record what it queued (unless `work` is false). */
    async command(user: keyof typeof IDS, text: string, channel: keyof typeof IDS = 'ops', options: { readonly work?: boolean } = {}) {
      const answer = await sim.sendSlashCommand({ user: IDS[user], channel: IDS[channel], text });
      if (options.work !== false) await work();
      return answer;
    },
    /** The `plan` messages queued since `from`. */
    plans: (from = 0) => queued.slice(from).filter((m) => m.action === 'plan'),
    click: (user: keyof typeof IDS, ts: string, actionId: string, channel: keyof typeof IDS = 'ops') =>
      sim.sendBlockAction({ user: IDS[user], channel: IDS[channel], messageTs: ts, actionId }),
    async close() {
      await served.close();
      await sim.close();
      await azurite.close();
    },
  };
}

export type Bot = Awaited<ReturnType<typeof startBot>>;

/** The text of an ack or message, blocks included, for matching. */
export const textOf = (value: unknown): string => JSON.stringify(value ?? '');
