import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRoute } from '../../../src/local/functions-host/route-template.ts';

test('route templates: literals case-insensitively, values decoded, optional values, constraints, catch-all', () => {
  const route = compileRoute('/api/vms/{name}/{id:int?}');
  assert.deepEqual(route('/api/VMS/web%201'), { name: 'web 1' });
  assert.deepEqual(route('/api/vms/web1/7'), { name: 'web1', id: '7' });
  assert.equal(route('/api/vms/web1/seven'), undefined);
  assert.equal(route('/api/vms'), undefined);
  assert.equal(route('/api/vms/a/1/extra'), undefined);
  assert.deepEqual(compileRoute('/api/files/{*path}')('/api/files/a/b/c'), { path: 'a/b/c' });
  assert.deepEqual(compileRoute('/health')('/health/'), {});
});
