import { createSimApiHandler, type SimApiOptions } from './sim-api.ts';
import { startSlackStandIn, type SlackStandIn, type SlackStandInOptions } from './server.ts';

export interface SlackSimulator extends SlackStandIn {
  /** The channel page, `<url>/sim/`. */
  readonly pageUrl: string;
}

/**
 * The Slack stand-in with its page and automation API (`/sim/`, `/sim/api/*`) on the same port:
 * the Web API the bot calls, and a channel a person (or a test) uses to talk to the bot.
 */
export async function startSlackSimulator(options: Omit<SlackStandInOptions, 'fallback'> & SimApiOptions): Promise<SlackSimulator> {
  let standIn: SlackStandIn | undefined;
  const handler = createSimApiHandler(() => {
    if (standIn === undefined) throw new Error('The Slack simulator is still starting.');
    return standIn;
  }, { ...(options.ackTimeoutMs !== undefined ? { ackTimeoutMs: options.ackTimeoutMs } : {}), ...(options.titles ? { titles: options.titles } : {}) });
  standIn = await startSlackStandIn({ ...options, fallback: handler });
  return Object.assign(standIn, { pageUrl: `${standIn.url}/sim/` });
}
