import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { getTestPki } from '../../helpers/pki.ts';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';
import { loadRecordings, recordingsDir } from '../support/recordings.ts';
import { shapeDifferences } from '../support/xml-shape.ts';

describe('contract: operation log, management certificates, extensions, resource providers', () => {
  let f: ContractFixture;
  const now = { value: Date.parse('2026-01-10T12:00:00Z') };
  before(async () => {
    f = await startContract({ clock: { now: () => now.value } });
  });
  after(() => f.close());

  it('logs changing requests with their outcome; filters by object, result and window; pages with a continuation token', async () => {
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'logstore', label: 'log', location: 'West US' }));
    now.value += 1000;
    await assert.rejects(f.client.storageAccounts.delete('nosuchstore'), { statusCode: 404 });
    now.value += 1000;
    await f.client.hostedServices.create({ serviceName: 'logsvc', label: 'log', location: 'West US' });
    const window = { startTime: '2026-01-10', endTime: '2026-01-11' };
    const page = await f.client.subscription.listOperations(window);
    assert.deepEqual(page.subscriptionOperations.map((op) => [op.operationName, op.operationStatus?.status]), [
      ['CreateStorageService', 'Succeeded'],
      ['DeleteStorageService', 'Failed'],
      ['CreateHostedService', 'Succeeded'],
    ]);
    const [created, failed] = page.subscriptionOperations;
    assert.equal(created?.operationObjectId, `/${f.t.emulator.subscriptionId}/services/storageservices/logstore`);
    assert.equal(created?.operationParameters?.['subscriptionID'], f.t.emulator.subscriptionId);
    assert.equal(created?.operationStartedTime, '2026-01-10T12:00:00Z');
    assert.match(created?.operationCaller?.subscriptionCertificateThumbprint ?? '', /^[0-9A-F]{40}$/);
    assert.deepEqual([failed?.operationStatus?.httpStatusCode, failed?.operationStatus?.error?.code], [404, 'ResourceNotFound']);
    const objectIdFilter = `/${f.t.emulator.subscriptionId}/services/storageservices/logstore`;
    assert.equal((await f.client.subscription.listOperations({ ...window, objectIdFilter })).subscriptionOperations.length, 1);
    assert.equal((await f.client.subscription.listOperations({ ...window, operationResultFilter: 'Failed' })).subscriptionOperations.length, 1);
    assert.equal((await f.client.subscription.listOperations({ startTime: '2026-01-11', endTime: '2026-01-12' })).subscriptionOperations.length, 0);
    await assert.rejects(f.client.subscription.listOperations({ startTime: 'yesterday', endTime: '2026-01-12' }), { statusCode: 400 });

    for (let i = 0; i < 60; i++) await f.client.hostedServices.update('logsvc', { description: `change ${i}` });
    const first = await f.client.subscription.listOperations(window);
    assert.equal(first.subscriptionOperations.length, 50);
    assert.ok(first.continuationToken);
    const second = await f.client.subscription.listOperations({ ...window, continuationToken: first.continuationToken! });
    assert.equal(second.subscriptionOperations.length, 13);
    assert.equal(second.continuationToken, undefined);
  });

  it('keeps passwords out of the logged request bodies', async () => {
    await f.client.hostedServices.create({ serviceName: 'pwsvc', label: 'pw', location: 'West US' }).then(() => undefined);
    const operation = await f.client.virtualMachines.createDeployment('pwsvc', {
      deploymentName: 'pwdep',
      role: {
        roleName: 'pwvm',
        configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'pwvm', userName: 'azureuser', userPassword: 'S3cret-Value-99' }],
        osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: 'https://logstore.blob.core.windows.net/vhds/pw.vhd' },
      },
    });
    await f.wait(operation);
    const page = await f.client.subscription.listOperations({ startTime: '2026-01-10', endTime: '2026-01-11', operationResultFilter: 'Succeeded' });
    const logged = page.continuationToken
      ? (await f.client.subscription.listOperations({ startTime: '2026-01-10', endTime: '2026-01-11', continuationToken: page.continuationToken })).subscriptionOperations
      : page.subscriptionOperations;
    const create = logged.find((op) => op.operationName === 'CreateVirtualMachineDeployment');
    assert.ok(create?.operationParameters?.['input']?.includes('<UserPassword>******</UserPassword>'));
    assert.doesNotMatch(JSON.stringify(logged), /S3cret-Value-99/);
  });

  it('answers List Subscription Operations in the shape the service recorded', { skip: !existsSync(recordingsDir()) && 'no recordings' }, async () => {
    const recording = loadRecordings(recordingsDir()).find((r) => r.name.endsWith('test_list_subscription_operations'));
    assert.ok(recording, 'the recording is there');
    const mine = await f.t.send('GET', '/operations?StartTime=2026-01-10&EndTime=2026-01-11');
    assert.deepEqual(shapeDifferences(mine.text, recording.interactions[0]!.responseBody, false), []);
  });

  it('adds, reads, lists and deletes management certificates', async () => {
    const pki = getTestPki();
    const data = pki.client.certPem.replace(/-----[^-]+-----|\s+/g, '');
    const [own] = await f.client.managementCertificates.list();
    assert.ok(own?.subscriptionCertificateThumbprint);
    const thumbprint = pki.client.thumbprint;
    await f.client.managementCertificates.add({ subscriptionCertificateData: data, subscriptionCertificateThumbprint: thumbprint, subscriptionCertificatePublicKey: 'AAAA' });
    const got = await f.client.managementCertificates.get(thumbprint);
    assert.deepEqual([got.subscriptionCertificateThumbprint, got.subscriptionCertificateData, got.subscriptionCertificatePublicKey], [thumbprint, data, 'AAAA']);
    assert.equal((await f.client.managementCertificates.list()).length, 2);
    await assert.rejects(f.client.managementCertificates.add({ subscriptionCertificateData: data, subscriptionCertificateThumbprint: thumbprint, subscriptionCertificatePublicKey: 'AAAA' }), { statusCode: 409 });
    await f.client.managementCertificates.delete(thumbprint);
    await assert.rejects(f.client.managementCertificates.get(thumbprint), { statusCode: 404, message: /The certificate was not found/ });
  });

  it('lists resource extensions (newest of each) and the versions of one', async () => {
    const all = await f.client.resourceExtensions.list();
    const chef = all.filter((e) => e.publisher === 'Chef.Bootstrap.WindowsAzure' && e.name === 'ChefClient');
    assert.deepEqual(chef.map((e) => e.version), ['1207.12.3.0']);
    const versions = await f.client.resourceExtensions.listVersions('Chef.Bootstrap.WindowsAzure', 'ChefClient');
    assert.ok(versions.length > 1 && versions.every((e) => e.name === 'ChefClient'));
    assert.deepEqual(await f.client.resourceExtensions.listVersions('Nobody', 'Nothing'), []);
  });

  it('registers a resource provider once (409 the second time), unregisters it, refuses unknown ones with 400', async () => {
    await f.client.subscription.registerResourceProvider('mobileservice');
    await assert.rejects(f.client.subscription.registerResourceProvider('mobileservice'), { statusCode: 409, code: 'ConflictError' });
    await f.client.subscription.unregisterResourceProvider('mobileservice');
    await assert.rejects(f.client.subscription.registerResourceProvider('nosuchprovider'), { statusCode: 400, code: 'BadRequest' });
  });
});
