import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bodies } from './support/bodies.ts';
import { startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { waitForOperation } from './support/poll.ts';
import { childNames } from './support/xml.ts';

const NAMESPACES = 'xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';

// The documents as the service writes them (recorded traffic), checked without the recordings at hand.
describe('emulator response documents', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator({ operationDelayMs: 10 });
  });
  after(() => t.close());

  it('writes the root with the service namespace first and the error document exactly', async () => {
    const response = await t.send('GET', '/services/hostedservices/missing');
    assert.equal(
      response.text,
      `<Error ${NAMESPACES}><Code>ResourceNotFound</Code><Message>The hosted service does not exist.</Message></Error>`,
    );
  });

  it('writes Get Operation Status as ID (a GUID), Status, HttpStatusCode', async () => {
    const created = await t.send('POST', '/services/storageservices', { body: bodies.createStorage('shapes1') });
    const done = await waitForOperation(t, created.headers['x-ms-request-id'] ?? '');
    assert.deepEqual(childNames(done), ['ID', 'Status', 'HttpStatusCode']);
    assert.match(done, /<ID>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/ID>/);
  });

  it('writes a description that was never given as i:nil, and base64 labels', async () => {
    const body = bodies.createHostedService('nodesc').replace(/<Description>[^<]*<\/Description>/, '');
    assert.equal((await t.send('POST', '/services/hostedservices', { body })).status, 201);
    const response = await t.send('GET', '/services/hostedservices/nodesc?embed-detail=false');
    assert.match(response.text, /<HostedServiceProperties><Description i:nil="true"\/><Location>West US<\/Location><Label>bm9kZXNjIGxhYmVs<\/Label>/);
  });

  it('writes a storage account in the recorded element order', async () => {
    const response = await t.send('GET', '/services/storageservices/shapes1');
    assert.deepEqual(childNames(response.text), ['Url', 'ServiceName', 'StorageServiceProperties', 'ExtendedProperties', 'Capabilities']);
    assert.deepEqual(childNames(response.text, 'StorageServiceProperties'), [
      'Description', 'Location', 'Label', 'Status', 'Endpoints', 'GeoPrimaryRegion', 'StatusOfPrimary',
      'GeoSecondaryRegion', 'StatusOfSecondary', 'CreationTime', 'CustomDomains', 'AccountType',
    ]);
  });

  it('writes an availability answer with a nil reason when the name is free', async () => {
    const response = await t.send('GET', '/services/storageservices/operations/isavailable/freeshape');
    assert.equal(response.text, `<AvailabilityResponse ${NAMESPACES}><Result>true</Result><Reason i:nil="true"/></AvailabilityResponse>`);
  });

  it('writes a VM deployment in the recorded element order', async () => {
    await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('vmshape') });
    const created = await t.send('POST', '/services/hostedservices/vmshape/deployments', { body: bodies.linuxVmDeployment('vmshape', 'vm1') });
    await waitForOperation(t, created.headers['x-ms-request-id'] ?? '');
    const response = await t.send('GET', '/services/hostedservices/vmshape/deployments/vmshape');
    assert.deepEqual(childNames(response.text), [
      'Name', 'DeploymentSlot', 'PrivateID', 'Status', 'Label', 'Url', 'Configuration', 'RoleInstanceList', 'UpgradeDomainCount',
      'RoleList', 'SdkVersion', 'Locked', 'RollbackAllowed', 'CreatedTime', 'LastModifiedTime', 'ExtendedProperties', 'VirtualIPs',
      'InternalDnsSuffix', 'LoadBalancers',
    ]);
    assert.deepEqual(childNames(response.text, 'RoleList/Role/OSVirtualHardDisk'), ['HostCaching', 'DiskName', 'MediaLink', 'SourceImageName', 'OS', 'IOType']);
  });
});
