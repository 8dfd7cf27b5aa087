import { test } from 'node:test';
import assert from 'node:assert/strict';
import functions from '@azure/functions';

const { HttpRequest, InvocationContext } = functions;
import { health } from '../../functions/health.ts';

test('the health function answers 200 with the product name, touching nothing else', async () => {
  const response = await health(new HttpRequest({ method: 'GET', url: 'http://localhost/api/health' }), new InvocationContext());
  assert.equal(response.status, 200);
  assert.deepEqual(response.jsonBody, { status: 'ok', product: 'asm-chatops' });
});
