import { app } from '@azure/functions';
import { runJobHandler } from '../src/worker/index.ts';

/** The worker: plans, runs and reports the jobs the Slack function queued on `asm-jobs`. */
export const runJob = runJobHandler();

app.storageQueue('run-job', { queueName: 'asm-jobs', connection: 'AzureWebJobsStorage', handler: runJob });
