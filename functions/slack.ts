import { app, output } from '@azure/functions';
import { createSlackFunctionHandler } from '../src/slack/index.ts';

/** Where the bot hands work to the worker (`functions/run-job`). */
export const jobsQueue = output.storageQueue({ queueName: 'asm-jobs', connection: 'AzureWebJobsStorage' });

/** Slash commands and button clicks; Slack signs every request, so the function key is not needed. */
export const slack = createSlackFunctionHandler({ queueOutput: jobsQueue });

app.http('slack', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'slack/events',
  extraOutputs: [jobsQueue],
  handler: slack,
});
