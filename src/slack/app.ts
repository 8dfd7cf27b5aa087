import { App, webApi, type Logger } from '@slack/bolt';
import type { AppConfig } from '../config/index.ts';
import type { JobStore } from '../jobs/store.ts';
import type { AuditLog } from './audit/index.ts';
import { registerListeners, type ListenerDeps } from './listeners/index.ts';
import { createLogger } from './logger.ts';
import { createGroupResolver, type GroupResolver, type Policy } from './policy/index.ts';
import { AzureFunctionsReceiver, type AzureFunctionsHandler, type AzureFunctionsReceiverOptions } from './receiver/index.ts';

export interface SlackAppOptions {
  readonly config: AppConfig;
  readonly jobs: JobStore;
  readonly audit: AuditLog;
  readonly policy: Policy;
  readonly enqueue: ListenerDeps['enqueue'];
  readonly now?: () => Date;
  readonly logger?: Logger;
  /** User-group lookups (default: `usergroups.users.list` with the bot token, cached 5 minutes). */
  readonly groups?: GroupResolver;
  readonly newJobId?: () => string;
  /** The digest schedules, made on first use (`/asm digest …`). */
  readonly digests?: ListenerDeps['digests'];
  readonly receiver?: Partial<Omit<AzureFunctionsReceiverOptions, 'signingSecret' | 'now' | 'logger'>>;
}

export interface SlackApp {
  readonly app: App;
  readonly receiver: AzureFunctionsReceiver;
  /** The Functions HTTP handler: `(request, context) => response`. */
  readonly handler: AzureFunctionsHandler;
}

/**
 * The bot: a Bolt app on the Azure Functions receiver with the `/asm` listeners. Authorization is
 * the configured bot token, so no `auth.test` is made while acknowledging.
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? createLogger();
  const receiver = new AzureFunctionsReceiver({ ...options.receiver, signingSecret: config.slack.signingSecret, now: () => now().getTime(), logger });
  // Everything this client does happens before the request is answered (and before the invocation's
  // queue output is written): one attempt, a bounded wait, and a rate limit refused at once instead
  // of slept out (the default client retries for half an hour and waits out any Retry-After).
  const clientOptions = {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 2000,
  };
  // No conversation store: nothing here keeps per-conversation state, and Bolt's default in-memory
  // one makes (and throws away) an Error on every request for a conversation it has not seen.
  const app = new App({
    receiver, logger, clientOptions, ignoreSelf: false, tokenVerificationEnabled: false, convoStore: false,
    authorize: async () => ({ botToken: config.slack.botToken }),
  });
  const groups = options.groups ?? createGroupResolver(new webApi.WebClient(config.slack.botToken, { ...clientOptions, logger }), {
    onError: (group, error) => logger.warn(`User group ${group} not read: ${error instanceof Error ? error.message : String(error)}`),
  });
  registerListeners(app, {
    jobs: options.jobs, audit: options.audit, policy: options.policy, enqueue: options.enqueue, now, logger, groups,
    ...(options.newJobId ? { newJobId: options.newJobId } : {}),
    ...(options.digests ? { digests: options.digests } : {}),
  });
  return { app, receiver, handler: receiver.toHandler() };
}
