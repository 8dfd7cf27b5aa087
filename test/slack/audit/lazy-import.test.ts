import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

// A fresh process is the only place a module graph can be observed: the audit module is imported
// on the acknowledgement path, and @azure/data-tables must load only when the first entry is written.
test('importing the audit log does not load @azure/data-tables; the first record does', async () => {
  const script = `
    import { registerHooks } from 'node:module';
    const loaded = new Set();
    registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); if (r.url.includes('/@azure/data-tables/')) loaded.add('tables'); return r; } });
    const { createAuditLog } = await import(${JSON.stringify(new URL('../../../src/slack/audit/index.ts', import.meta.url).href)});
    const log = createAuditLog({ connectionString: 'DefaultEndpointsProtocol=http;AccountName=a;AccountKey=YQ==;TableEndpoint=http://127.0.0.1:9/a;', tableName: 't' });
    const before = loaded.has('tables');
    await log.record({ kind: 'request', userId: 'U0ANN', channelId: 'C0OPS' }, { abortSignal: AbortSignal.timeout(300) }).catch(() => {});
    console.log(JSON.stringify({ before, after: loaded.has('tables') }));
  `;
  const { stdout } = await run(process.execPath, ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script], { timeout: 60_000 });
  assert.deepEqual(JSON.parse(stdout.trim().split('\n').at(-1)!), { before: false, after: true });
});
