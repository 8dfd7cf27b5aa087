import { app } from '@azure/functions';
import { runJobPoisonHandler } from '../src/worker/index.ts';

/** Messages the host gave up on after five failed deliveries: their jobs are failed and the channel told. */
export const runJobPoison = runJobPoisonHandler();

app.storageQueue('run-job-poison', { queueName: 'asm-jobs-poison', connection: 'AzureWebJobsStorage', handler: runJobPoison });
