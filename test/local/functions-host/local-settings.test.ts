import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { applySettings, loadLocalSettings } from '../../../src/local/functions-host/index.ts';
import { repoRoot } from './support.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-settings-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('local.settings.json is created from the sample on first start, then read as it is', async () => {
  const sample = await readFile(join(repoRoot, 'local.settings.sample.json'), 'utf8');
  await writeFile(join(dir, 'local.settings.sample.json'), sample);
  const first = await loadLocalSettings(dir);
  assert.equal(first.created, true);
  assert.equal(await readFile(join(dir, 'local.settings.json'), 'utf8'), sample);
  assert.equal(first.values.FUNCTIONS_WORKER_RUNTIME, 'node');
  assert.equal(first.values.AzureWebJobsStorage, 'UseDevelopmentStorage=true');
  await writeFile(join(dir, 'local.settings.json'), JSON.stringify({ IsEncrypted: false, Values: { A: 'changed' }, Host: { LocalHttpPort: 7072 } }));
  const second = await loadLocalSettings(dir);
  assert.equal(second.created, false);
  assert.deepEqual(second.values, { A: 'changed' });
  assert.equal(second.localHttpPort, 7072);
});

test('bad or encrypted settings are refused with what to do', async () => {
  await writeFile(join(dir, 'local.settings.json'), '{ nope');
  await assert.rejects(loadLocalSettings(dir), /is not valid JSON .*delete it to start again from the sample/);
  await writeFile(join(dir, 'local.settings.json'), JSON.stringify({ IsEncrypted: true, Values: {} }));
  await assert.rejects(loadLocalSettings(dir), (e: Error & { code?: string }) => e.code === 'LOCAL_SETTINGS_INVALID' && /decrypt it/.test(e.message));
  await writeFile(join(dir, 'local.settings.json'), JSON.stringify({ Values: { A: { nested: true } } }));
  await assert.rejects(loadLocalSettings(dir), /"Values.A" in .* must be a string/);
  const empty = await mkdtemp(join(tmpdir(), 'local-settings-empty-'));
  await assert.rejects(loadLocalSettings(empty), /Neither .*local.settings.json nor .*local.settings.sample.json exists/);
  await rm(empty, { recursive: true });
});

test('Values go into the environment unless already set there; forced values win; restore puts it back', () => {
  const env: NodeJS.ProcessEnv = { KEEP: 'from-env', AzureWebJobsStorage: 'old' };
  const applied = applySettings({ KEEP: 'from-file', NEW: 'added', AzureWebJobsStorage: 'UseDevelopmentStorage=true' }, { AzureWebJobsStorage: 'forced' }, env);
  assert.deepEqual(applied.skipped, ['KEEP']);
  assert.deepEqual(env, { KEEP: 'from-env', NEW: 'added', AzureWebJobsStorage: 'forced' });
  applied.restore();
  assert.deepEqual(env, { KEEP: 'from-env', AzureWebJobsStorage: 'old' });
});
