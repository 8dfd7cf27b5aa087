import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';
import { HELD_OPERATION_DELAY_MS } from '../support/emulator-fixture.ts';

describe('contract: the asynchronous operation lifecycle', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('create → InProgress → Succeeded with HttpStatusCode 200, observed by polling', async () => {
    const { requestId } = await f.client.storageAccounts.create({ serviceName: 'lifecycle1', label: 'l', location: 'West US' });
    const first = await f.client.operations.get(requestId);
    assert.equal(first.status, 'InProgress');
    assert.equal(first.httpStatusCode, undefined);
    const progress: string[] = [];
    const done = await f.client.operations.wait(requestId, {
      intervalMs: 10,
      timeoutMs: 60_000,
      onProgress: (status) => {
        progress.push(status.status);
        f.t.emulator.admin.completePendingOperations();
      },
    });
    assert.equal(done.status, 'Succeeded');
    assert.equal(done.httpStatusCode, 200);
    assert.deepEqual(progress, ['InProgress']);
    assert.equal((await f.client.storageAccounts.get('lifecycle1')).storageServiceProperties?.status, 'Created');
  });

  it('completes an operation on its own once the configured delay has passed', async () => {
    f.t.emulator.admin.setOperationDelay(20);
    try {
      const { requestId } = await f.client.storageAccounts.create({ serviceName: 'lifecycle3', label: 'l', location: 'West US' });
      const done = await f.client.operations.wait(requestId, { intervalMs: 10, timeoutMs: 60_000 });
      assert.deepEqual([done.status, done.httpStatusCode], ['Succeeded', 200]);
    } finally {
      f.t.emulator.admin.setOperationDelay(HELD_OPERATION_DELAY_MS);
    }
  });

  it("fails with the service's error when the emulator is told to fail the next operation, and undoes the change", async () => {
    f.t.emulator.admin.failNextOperation({ httpStatusCode: 500, code: 'InternalError', message: 'The server encountered an internal error. Please retry the request.' });
    const { requestId } = await f.client.storageAccounts.create({ serviceName: 'lifecycle2', label: 'l', location: 'West US' });
    await assert.rejects(f.wait({ requestId }), { code: 'InternalError', statusCode: 500 });
    const status = await f.client.operations.get(requestId);
    assert.equal(status.status, 'Failed');
    assert.deepEqual(status.error, { code: 'InternalError', message: 'The server encountered an internal error. Please retry the request.' });
    await assert.rejects(f.client.storageAccounts.get('lifecycle2'), { statusCode: 404 });
  });

  it('answers 409 ConflictError to a second operation while a deployment is busy, and accepts it afterwards', async () => {
    await f.wait(await f.client.hostedServices.create({ serviceName: 'busyvmsvc', label: 'b', location: 'West US' }));
    const creating = await f.client.virtualMachines.createDeployment('busyvmsvc', {
      deploymentName: 'busyvm',
      role: {
        roleName: 'busyvm',
        configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'busyvm', userName: 'u', userPassword: 'Pa55w.rd-1234' }],
        osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: 'https://s.blob.core.windows.net/v/busy.vhd' },
      },
    });
    await assert.rejects(f.client.virtualMachines.shutdown('busyvmsvc', 'busyvm', 'busyvm'), (error: Error & { statusCode?: number; code?: string }) => {
      assert.equal(error.statusCode, 409);
      assert.equal(error.code, 'ConflictError');
      assert.match(error.message, new RegExp(`x-ms-requestid ${creating.requestId}`));
      return true;
    });
    await f.wait(creating);
    await f.wait(await f.client.virtualMachines.shutdown('busyvmsvc', 'busyvm', 'busyvm'));
  });

  it('records synchronous requests as finished operations too, and rejects unknown ids', async () => {
    const created = await f.client.hostedServices.create({ serviceName: 'syncsvc', label: 's', location: 'West US' });
    assert.equal((await f.client.operations.get(created.requestId)).status, 'Succeeded');
    await assert.rejects(f.client.operations.get('0123456789abcdef0123456789abcdef'), { statusCode: 404, code: 'ResourceNotFound' });
  });

  it('finishes every pending operation on demand', async () => {
    const { requestId } = await f.client.storageAccounts.create({ serviceName: 'finishnow2', label: 'l', location: 'West US' });
    assert.equal((await f.client.operations.get(requestId)).status, 'InProgress');
    assert.ok(f.t.emulator.admin.completePendingOperations() >= 1);
    assert.equal((await f.client.operations.get(requestId)).status, 'Succeeded');
  });
});
