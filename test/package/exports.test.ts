// The package's public entry, as a user of the library imports it: built JavaScript from dist/
// (`npm install` builds it), resolved through package.json "exports".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';

test('asm-chatops exports the management core', async () => {
  assert.ok(existsSync('dist/src/management/index.js'), 'dist/ is missing: run `npm install` (or `npm run build`)');
  assert.ok(existsSync('dist/src/management/index.d.ts'), 'type declarations are built');
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
