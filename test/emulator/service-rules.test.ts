import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { issueManagementCertificate } from '../../src/emulator/pki/index.ts';
import { bodies } from './support/bodies.ts';
import { startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { waitForOperation } from './support/poll.ts';
import { errorOf, textAt } from './support/xml.ts';

describe("the emulator enforces the service's rules", () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator({ operationDelayMs: 60_000 });
  });
  after(() => t.close());

  it('refuses storage names that are not 3–24 lower-case letters and digits, with the service message', async () => {
    for (const name of ['ab', 'UPPERcase', 'a'.repeat(25), 'with-dash']) {
      const response = await t.send('POST', '/services/storageservices', { body: bodies.createStorage(name) });
      assert.equal(response.status, 400, name);
      assert.deepEqual(errorOf(response.text), {
        code: 'BadRequest',
        message:
          'The name is not a valid storage account name. Storage account names must be between 3 and 24 characters in length and use numbers and lower-case letters only.',
      });
    }
  });

  it('keeps storage names unique across subscriptions', async () => {
    const created = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('sharedname1') });
    assert.equal(created.status, 202);
    assert.match(created.headers['location'] ?? '', /\/storage\/sharedname1$/);
    const other = issueManagementCertificate('other subscription', new Date());
    const { subscriptionId } = t.emulator.admin.registerSubscription({ certificate: other.certPem });
    const again = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('sharedname1'), identity: other, subscriptionId });
    assert.equal(again.status, 409);
    assert.equal(errorOf(again.text).code, 'ConflictError');
    const availability = await t.send('GET', '/services/storageservices/operations/isavailable/sharedname1', { identity: other, subscriptionId });
    assert.equal(textAt(availability.text, 'Result'), 'false');
  });

  it('answers 409 ConflictError while a storage account is being created (exclusive access)', async () => {
    await t.send('POST', '/services/storageservices', { body: bodies.createStorage('busyaccount') });
    const response = await t.send('DELETE', '/services/storageservices/busyaccount');
    assert.equal(response.status, 409);
    assert.match(errorOf(response.text).message ?? '', /exclusive access/);
  });

  it('requires exactly one of location and affinity group, and a known location', async () => {
    const both = await t.send('POST', '/services/hostedservices', {
      body: bodies.createHostedService('bothplaces', { location: 'West US', affinityGroup: 'x' }),
    });
    const neither = await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('noplace', {}) });
    const storageBoth = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('bothplaces', { location: 'West US', affinityGroup: 'x' }) });
    for (const response of [both, neither, storageBoth]) {
      assert.equal(response.status, 400);
      assert.deepEqual(errorOf(response.text), { code: 'BadRequest', message: 'Exactly one of Location or AffinityGroup must be specified.' });
    }
    const unknown = await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('moon', { location: 'Moon Base' }) });
    assert.equal(unknown.status, 400);
    assert.match(errorOf(unknown.text).message ?? '', /Moon Base/);
  });

  it('keeps cloud service names unique and answers 201 with a Location header', async () => {
    const first = await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('uniquesvc') });
    assert.equal(first.status, 201);
    assert.match(first.headers['location'] ?? '', /\/compute\/uniquesvc$/);
    const second = await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('uniquesvc') });
    assert.equal(second.status, 409);
    assert.deepEqual(errorOf(second.text), { code: 'ConflictError', message: 'The specified DNS name is already taken.' });
  });

  it('rejects out-of-order and unknown elements with a 400 that names the element', async () => {
    const outOfOrder =
      '<CreateHostedService xmlns="http://schemas.microsoft.com/windowsazure"><Label>eA==</Label><ServiceName>x1</ServiceName><Location>West US</Location></CreateHostedService>';
    const response = await t.send('POST', '/services/hostedservices', { body: outOfOrder });
    assert.equal(response.status, 400);
    assert.equal(errorOf(response.text).code, 'BadRequest');
    assert.match(errorOf(response.text).message ?? '', /ServiceName/);
    const unknown = bodies.createHostedService('x2').replace('<Description>', '<Colour>red</Colour><Description>');
    const second = await t.send('POST', '/services/hostedservices', { body: unknown });
    assert.equal(second.status, 400);
    assert.match(errorOf(second.text).message ?? '', /Colour/);
    const malformed = await t.send('POST', '/services/hostedservices', { body: '<CreateHostedService><ServiceName>x' });
    assert.equal(malformed.status, 400);
    assert.equal(errorOf(malformed.text).code, 'BadRequest');
    assert.match(errorOf(malformed.text).message ?? '', /ServiceName/);
  });

  it('refuses to delete a cloud service with deployments (409) and an affinity group in use', async () => {
    await t.send('POST', '/affinitygroups', { body: bodies.createAffinityGroup('usedgroup') });
    const svc = await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('ingroup', { affinityGroup: 'usedgroup' }) });
    assert.equal(svc.status, 201);
    const deleteGroup = await t.send('DELETE', '/affinitygroups/usedgroup');
    assert.equal(deleteGroup.status, 409);
    const vm = await t.send('POST', '/services/hostedservices/ingroup/deployments', { body: bodies.linuxVmDeployment('ingroup', 'vm1') });
    assert.equal(vm.status, 202);
    const deleteService = await t.send('DELETE', '/services/hostedservices/ingroup');
    assert.equal(deleteService.status, 409);
    assert.equal(errorOf(deleteService.text).code, 'ConflictError');
  });

  it('answers 409 ConflictError to a second operation on a busy deployment, naming the running request', async () => {
    await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('busysvc') });
    const create = await t.send('POST', '/services/hostedservices/busysvc/deployments', { body: bodies.linuxVmDeployment('busydep', 'busyvm') });
    assert.equal(create.status, 202);
    const shutdown = await t.send('POST', '/services/hostedservices/busysvc/deployments/busydep/roleinstances/busyvm/Operations', {
      body: bodies.shutdownRole(),
    });
    assert.equal(shutdown.status, 409);
    assert.match(errorOf(shutdown.text).message ?? '', new RegExp(create.headers['x-ms-request-id'] ?? 'missing'));
    const deployment = await t.send('GET', '/services/hostedservices/busysvc/deployments/busydep');
    assert.equal(textAt(deployment.text, 'Status'), 'Deploying');
    assert.equal(textAt(deployment.text, 'Locked'), 'true');
  });

  it('answers 404 ResourceNotFound with the service messages', async () => {
    const cases: [string, string][] = [
      ['/services/hostedservices/nosuchsvc', 'The hosted service does not exist.'],
      ['/services/storageservices/nosuchacct', "The storage account 'nosuchacct' was not found."],
      ['/affinitygroups/nosuchgroup', 'The affinity group does not exist.'],
      ['/services/images/nosuchimage', 'The image with the specified name does not exist.'],
    ];
    for (const [path, message] of cases) {
      const response = await t.send('GET', path);
      assert.equal(response.status, 404, path);
      assert.deepEqual(errorOf(response.text), { code: 'ResourceNotFound', message });
    }
  });

  it('lets finished operations be read back, and finishes pending ones on demand', async () => {
    const create = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('finishnow') });
    const id = create.headers['x-ms-request-id'] ?? '';
    const pending = await t.send('GET', `/operations/${id}`);
    assert.equal(textAt(pending.text, 'Status'), 'InProgress');
    assert.equal(textAt(pending.text, 'ID'), `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`);
    const finished = await t.send('POST', '/_emulator/operations/complete', { absolute: true });
    assert.equal(finished.status, 200);
    assert.ok((JSON.parse(finished.text) as { completed: number }).completed >= 1);
    const done = await waitForOperation(t, id);
    assert.equal(textAt(done, 'Status'), 'Succeeded');
    assert.equal(textAt(done, 'HttpStatusCode'), '200');
    const account = await t.send('GET', '/services/storageservices/finishnow');
    assert.equal(textAt(account.text, 'StorageServiceProperties/Status'), 'Created');
  });
});
