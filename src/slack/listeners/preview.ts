import { DEFAULT_SETTINGS, escapeClipped, planCommand, presentPlan, renderBlocks, type RunCommand } from '../../commands/index.ts';

/**
 * What a change or destroy will do, from the command alone: a dry-run plan with no management
 * client and no downloads, so the acknowledgement stays pure. When a plan needs reads to be known,
 * the preview says so and the worker's plan follows on the approval card.
 */
export async function previewOf(command: RunCommand, now: Date): Promise<{ text: string; blocks: unknown[] }> {
  try {
    const plan = await planCommand(command, {
      settings: DEFAULT_SETTINGS, dryRun: true, now: () => now,
      fetchServiceConfiguration: async () => { throw new Error('No downloads while acknowledging.'); },
    });
    return renderBlocks(presentPlan(plan));
  } catch {
    const text = `*Preview of* \`${escapeClipped(command.text, 500)}\`: the plan needs reads of the subscription; it comes with the approval card.`;
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
}
