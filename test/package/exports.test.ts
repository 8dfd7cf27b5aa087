// The package's public entry, as a user of the library imports it: the management core built into
// one JavaScript file, dist/asm-chatops.js (`npm install` builds it; its dependencies stay packages),
// resolved through package.json "exports", with the type declarations tsc writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

test('asm-chatops exports the management core', async () => {
  assert.ok(existsSync('dist/asm-chatops.js'), 'dist/ is missing: run `npm install` (or `npm run build`)');
  assert.ok(existsSync('dist/src/management/index.d.ts'), 'type declarations are built');
  assert.ok(import.meta.resolve('asm-chatops').endsWith('/dist/asm-chatops.js'), import.meta.resolve('asm-chatops'));
  const bundle = readFileSync('dist/asm-chatops.js', 'utf8');
  assert.doesNotMatch(bundle, /from ["']\.{1,2}\//, 'one file: no relative imports left');
  assert.doesNotMatch(bundle, /src\/(emulator|cli|local|slack|worker)\//, 'no emulator, CLI, local stack or bot code');
  const core = await import('asm-chatops');
  assert.equal(typeof core.ServiceManagementClient, 'function');
  assert.equal(typeof core.ManagementCertificate.fromPem, 'function');
  assert.equal(typeof core.ManagementCertificate.fromPfx, 'function');
  assert.equal(typeof core.ManagementCertificate.fromPublishSettings, 'function');
  assert.equal(typeof core.isManagementError, 'function');
  const error = new core.ManagementError({ code: 'ResourceNotFound', message: 'gone', statusCode: 404 });
  assert.ok(core.isManagementError(error));
  assert.equal(error.statusCode, 404);
});
