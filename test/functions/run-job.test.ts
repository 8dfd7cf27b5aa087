import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

test('the worker\'s functions only register their triggers: queues, connection, schedules, under 40 lines each', async () => {
  for (const name of ['run-job', 'run-job-poison', 'poll-operations', 'status-digest']) {
    const source = await readFile(here(`../../functions/${name}.ts`), 'utf8');
    assert.ok(source.split('\n').length < 40, `${name}.ts is short`);
    assert.match(source, /from '\.\.\/src\/worker\/index\.ts'/, `${name}.ts hands over to src/worker`);
  }
  const runJob = await readFile(here('../../functions/run-job.ts'), 'utf8');
  assert.match(runJob, /app\.storageQueue\('run-job', \{ queueName: 'asm-jobs', connection: 'AzureWebJobsStorage'/);
  assert.match(await readFile(here('../../functions/run-job-poison.ts'), 'utf8'), /queueName: 'asm-jobs-poison', connection: 'AzureWebJobsStorage'/);
  assert.match(await readFile(here('../../functions/poll-operations.ts'), 'utf8'), /schedule: '%ASM_POLL_SCHEDULE%'/);
  assert.match(await readFile(here('../../functions/status-digest.ts'), 'utf8'), /schedule: '%ASM_DIGEST_SCHEDULE_CHECK%'/);
});

test('the Slack function never loads the worker; the worker\'s function does', () => {
  const graph = (module: string) => JSON.parse(execFileSync(process.execPath, [
    '--disable-warning=ExperimentalWarning', '--import', here('./support/record-modules.ts'), here('./support/print-module-graph.ts'), module,
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').at(-1)!) as { reached: string[] };
  assert.ok(!graph(here('../../functions/slack.ts')).reached.includes('src/worker'));
  assert.ok(graph(here('../../functions/run-job.ts')).reached.includes('src/worker'));
});
