import type { App, BlockButtonAction, RespondFn } from '@slack/bolt';
import { CATALOG, parseCommand, presentHelp, presentParseError, renderBlocks } from '../../commands/index.ts';
import { ACTION_IDS } from '../cards/index.ts';
import { decide } from './decide.ts';
import { isDigestText, runDigestCommand } from './digest-command.ts';
import { ephemeral, invocationOf, type ListenerDeps } from './deps.ts';
import { parseJobCommand, runJobCommand, type UpdateCard } from './job-commands.ts';
import { runCommand, type CommandOrigin } from './run-command.ts';

/** `/asm …` and the approval card's buttons. */
export function registerListeners(app: App, deps: ListenerDeps, options: { readonly command?: string } = {}): void {
  app.command(options.command ?? '/asm', async ({ command, ack, context, client }) => {
    const from: CommandOrigin = { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id, responseUrl: command.response_url };
    const updateCard: UpdateCard = async (channel, ts, card) => {
      try {
        await client.chat.update({ channel, ts, text: card.text, blocks: card.blocks as never });
      } catch (error) {
        deps.logger.warn(`Card ${ts} not updated: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    if (isDigestText(command.text)) return ack(await runDigestCommand(deps, command.text, from, invocationOf(context)));
    const jobCommand = parseJobCommand(command.text);
    if (jobCommand !== undefined) return ack(await runJobCommand(deps, jobCommand, from, updateCard, invocationOf(context)));
    const parsed = parseCommand(command.text);
    if (!parsed.ok) return ack(ephemeral(renderBlocks(presentParseError(parsed.error))));
    if (parsed.command.kind === 'help') return ack(ephemeral(renderBlocks(presentHelp(CATALOG, parsed.command))));
    return ack(await runCommand(deps, parsed.command, from, invocationOf(context)));
  });

  for (const kind of ['approve', 'deny'] as const) {
    app.action<BlockButtonAction>(ACTION_IDS[kind], async ({ ack, body, action, client, context, respond }) => {
      await ack();
      const channelId = body.channel?.id ?? body.container?.channel_id;
      const messageTs = body.container?.message_ts ?? body.message?.ts;
      if (channelId === undefined || messageTs === undefined) return;
      const result = await decide(deps, { kind, jobId: action.value ?? '', userId: body.user.id, channelId, messageTs });
      if (!result.ok) return tellClicker(deps, client, respond, { channel: channelId, user: body.user.id }, result.tell);
      if (kind === 'approve') await deps.enqueue({ jobId: result.job.id, action: 'advance' }, invocationOf(context));
      try {
        await client.chat.update({ channel: channelId, ts: messageTs, text: result.card.text, blocks: result.card.blocks as never });
      } catch (error) {
        deps.logger.warn(`Card ${messageTs} not updated after the ${kind}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
}

/** A refusal goes to the person who clicked, and only to them. */
async function tellClicker(
  deps: ListenerDeps, client: App['client'], respond: RespondFn, to: { channel: string; user: string }, card: { text: string; blocks: unknown[] },
): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel: to.channel, user: to.user, text: card.text, blocks: card.blocks as never });
  } catch {
    try {
      await respond({ response_type: 'ephemeral', replace_original: false, text: card.text, blocks: card.blocks as never });
    } catch (error) {
      deps.logger.warn(`Could not tell ${to.user} why their click was refused: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
