/**
 * The back half of the bot: the queue worker (plan, advance), the poison handler, the operation
 * poller and the digest timer, with one kept-alive management client per subscription and every
 * message to Slack posted exactly once. Kept apart from `src/slack` so the acknowledgement never loads it.
 */
export { createWorker, type Worker } from './create-worker.ts';
export type { WorkerOptions, WorkerLogger, HandleOptions, PollTickOptions, PollTickResult } from './types.ts';
export { createClientCache, type ClientCache, type ClientCacheOptions } from './client-cache.ts';
export { isCertificateRejection } from './certificate-rejection.ts';
export { createSlackWebClient, createPoster, PostError, type Poster, type SlackWebClient, type MessageTag } from './slack-poster.ts';
export { deliver, isPostedTs, type Delivery, type DeliveryResult, type DeliveryStatus } from './deliver.ts';
export { outcomeCard, parentMessage, progressCard, vmFacts } from './job-messages.ts';
export { workerFromEnv, type WorkerInstance } from './from-env.ts';
export { workerInstance, setWorkerFactory } from './instance.ts';
export { runJobHandler, runJobPoisonHandler, pollOperationsHandler, statusDigestHandler } from './function-handlers.ts';
