import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';

// The config is loaded on the Slack acknowledgement path: it may import only its own files and types.
test('src/config imports nothing at run time beyond its own folder', async () => {
  const dir = new URL('../../src/config/', import.meta.url);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'));
  assert.ok(files.includes('index.ts'));
  for (const file of files) {
    const text = await readFile(new URL(file, dir), 'utf8');
    const runtime = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
    for (const source of runtime) assert.match(source, /^\.\/[a-z-]+\.ts$/, `${file} imports ${source} at run time`);
  }
});
