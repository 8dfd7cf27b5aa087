import { app } from '@azure/functions';
import { pollOperationsHandler } from '../src/worker/index.ts';

/** Reads each waiting job's operation once per tick; ASM_POLL_SCHEDULE (six fields) defaults to every 15 s. */
export const pollOperations = pollOperationsHandler();

// The default for a host that reads settings from the environment; in Azure, set ASM_POLL_SCHEDULE among the app settings.
process.env['ASM_POLL_SCHEDULE'] ??= '*/15 * * * * *';
app.timer('poll-operations', { schedule: '%ASM_POLL_SCHEDULE%', handler: pollOperations });
