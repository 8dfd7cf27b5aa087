import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bodies } from './support/bodies.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { errorOf } from './support/xml.ts';

describe('an affinity group in use cannot be deleted', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator({ operationDelayMs: HELD_OPERATION_DELAY_MS });
  });
  after(() => t.close());

  it('in use by a storage account alone: 409 ConflictError, then deletable once the account is gone', async () => {
    assert.equal((await t.send('POST', '/affinitygroups', { body: bodies.createAffinityGroup('storagegroup') })).status, 201);
    assert.equal((await t.send('POST', '/services/storageservices', { body: bodies.createStorage('groupstore', { affinityGroup: 'storagegroup' }) })).status, 202);
    t.emulator.admin.completePendingOperations();
    const refused = await t.send('DELETE', '/affinitygroups/storagegroup');
    assert.equal(refused.status, 409);
    assert.deepEqual(errorOf(refused.text), {
      code: 'ConflictError',
      message: "The affinity group 'storagegroup' is in use by one or more hosted services or storage accounts and cannot be deleted.",
    });
    assert.equal((await t.send('DELETE', '/services/storageservices/groupstore')).status, 200);
    assert.equal((await t.send('DELETE', '/affinitygroups/storagegroup')).status, 200);
  });
});
