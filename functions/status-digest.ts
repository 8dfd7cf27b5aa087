import { app } from '@azure/functions';
import { statusDigestHandler } from '../src/worker/index.ts';

/** Checks the channels' digest schedules (ASM_DIGEST_SCHEDULE_CHECK, default every minute) and posts what is due, once per period. */
export const statusDigest = statusDigestHandler();

// The default for a host that reads settings from the environment; in Azure, set ASM_DIGEST_SCHEDULE_CHECK among the app settings.
process.env['ASM_DIGEST_SCHEDULE_CHECK'] ??= '0 * * * * *';
app.timer('status-digest', { schedule: '%ASM_DIGEST_SCHEDULE_CHECK%', handler: statusDigest });
