// The requests each operation builds, checked with a scripted sender below the transport
// (the same calls run over mutual TLS against the emulator in the emulator's contract tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RequestContext, type Sender } from '../../src/management/request-context.ts';
import { DeploymentOperations } from '../../src/management/operations/deployments.ts';
import { HostedServiceOperations } from '../../src/management/operations/hosted-services.ts';
import { StorageAccountOperations } from '../../src/management/operations/storage-accounts.ts';
import { VirtualMachineOperations } from '../../src/management/operations/virtual-machines.ts';
import { VMImageOperations } from '../../src/management/operations/vm-images.ts';
import { OperationStatusOperations } from '../../src/management/operations/operation-status.ts';
import type { TransportRequest, TransportResponse } from '../../src/management/transport/index.ts';
import { decode, schemas } from '../../src/wire/index.ts';

function scriptedSender(answer: Partial<TransportResponse> = {}) {
  const sent: TransportRequest[] = [];
  const sender: Sender = {
    async send(request) {
      sent.push(request);
      return { status: 202, headers: {}, body: '', requestId: 'f'.repeat(32), ...answer };
    },
  };
  return { sent, context: new RequestContext(sender) };
}

test('names are percent-encoded as path segments and options become the service query', async () => {
  const { sent, context } = scriptedSender();
  const services = new HostedServiceOperations(context);
  await services.delete('my svc/../x', { complete: true });
  assert.equal(sent[0]?.method, 'DELETE');
  assert.equal(sent[0]?.path, '/services/hostedservices/my%20svc%2F..%2Fx');
  assert.deepEqual(sent[0]?.query, [['comp', 'media']]);
  await services.delete('plain');
  assert.equal(sent[1]?.query, undefined);
});

test('cloud service creation wants exactly one of location and affinity group, before any call', async () => {
  const { sent, context } = scriptedSender();
  const services = new HostedServiceOperations(context);
  await assert.rejects(async () => services.create({ serviceName: 's', label: 'l' }), { code: 'InvalidArgument', message: /exactly one/ });
  await assert.rejects(async () => services.create({ serviceName: 's', label: 'l', location: 'West US', affinityGroup: 'g' }), {
    code: 'InvalidArgument',
  });
  await assert.rejects(async () => services.create({ serviceName: '', label: 'l', location: 'West US' }), { message: /serviceName is required/ });
  assert.equal(sent.length, 0);
  const result = await services.create({ serviceName: 's', label: 'my label', location: 'West US' });
  assert.deepEqual(result, { requestId: 'f'.repeat(32) });
  assert.equal(sent[0]?.idempotent, undefined, 'a create POST keeps the transport default: never retried');
  assert.deepEqual(decode(schemas.CreateHostedService, sent[0]!.body!, { strict: true }), {
    serviceName: 's',
    label: 'my label',
    location: 'West US',
  });
});

test('an accepted request without x-ms-request-id is an error, not a silent success', async () => {
  const { context } = scriptedSender({ requestId: undefined });
  await assert.rejects(new StorageAccountOperations(context).delete('acct'), { code: 'MalformedResponse', message: /x-ms-request-id/ });
});

test('deployment operations use the service paths, lower-case slots and the slash before ?comp', async () => {
  const { sent, context } = scriptedSender();
  const deployments = new DeploymentOperations(context);
  await deployments.create('svc', 'Staging', { name: 'd1', packageUrl: 'https://a.blob.core.windows.net/p.cspkg', label: 'L', configuration: '<ServiceConfiguration/>' });
  assert.equal(sent[0]?.path, '/services/hostedservices/svc/deploymentslots/staging');
  const body = decode<Record<string, unknown>>(schemas.CreateDeployment, sent[0]!.body!, { strict: true });
  assert.equal(body['configuration'], '<ServiceConfiguration/>', 'the configuration travels base64-encoded and reads back');
  assert.match(sent[0]!.body!, new RegExp(`<Configuration>${Buffer.from('<ServiceConfiguration/>').toString('base64')}</Configuration>`));

  await deployments.updateStatus('svc', 'd1', 'Suspended');
  assert.equal(sent[1]?.path, '/services/hostedservices/svc/deployments/d1/');
  assert.deepEqual(sent[1]?.query, [['comp', 'status']]);
  assert.equal(sent[1]?.idempotent, true);

  await deployments.swap('svc', { production: 'd0', sourceDeployment: 'd1' });
  assert.equal(sent[2]?.path, '/services/hostedservices/svc');
  assert.notEqual(sent[2]?.idempotent, true, 'a swap repeated would swap back: never retried');

  await deployments.rebuildRoleInstance('svc', 'd1', 'WebRole_IN_0');
  assert.deepEqual(sent[3]?.query, [['comp', 'rebuild'], ['resources', 'allLocalDrives']]);
  await deployments.deleteRoleInstances('svc', 'd1', ['a', 'b']);
  assert.deepEqual(decode(schemas.RoleInstances, sent[4]!.body!), ['a', 'b']);

  await assert.rejects(async () => deployments.getBySlot('svc', 'preview'), { code: 'InvalidArgument', message: /production or staging/ });
  await assert.rejects(async () => deployments.updateStatus('svc', 'd1', 'Paused' as 'Running'), { code: 'InvalidArgument' });
});

test('a Linux VM deployment carries its provisioning, network and disk configuration in wire order', async () => {
  const { sent, context } = scriptedSender();
  const vms = new VirtualMachineOperations(context);
  await vms.createDeployment('svc', {
    deploymentName: 'vm1',
    role: {
      roleName: 'vm1',
      configurationSets: [
        {
          configurationSetType: 'LinuxProvisioningConfiguration',
          hostName: 'vm1',
          userName: 'azureuser',
          disableSshPasswordAuthentication: true,
          ssh: { publicKeys: [{ fingerprint: 'ABCD', path: '/home/azureuser/.ssh/authorized_keys' }] },
        },
        { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
      ],
      osVirtualHardDisk: { sourceImageName: 'img', mediaLink: 'https://a.blob.core.windows.net/vhds/vm1.vhd' },
      roleSize: 'Small',
    },
  });
  const body = sent[0]!.body!;
  assert.equal(sent[0]?.path, '/services/hostedservices/svc/deployments');
  assert.match(body, /^<Deployment xmlns:i="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xmlns="http:\/\/schemas.microsoft.com\/windowsazure"><Name>vm1<\/Name><DeploymentSlot>Production<\/DeploymentSlot><Label>vm1<\/Label><RoleList><Role><RoleName>vm1<\/RoleName><RoleType>PersistentVMRole<\/RoleType><ConfigurationSets>/);
  assert.match(body, /<ConfigurationSetType>LinuxProvisioningConfiguration<\/ConfigurationSetType><HostName>vm1<\/HostName><UserName>azureuser<\/UserName><DisableSshPasswordAuthentication>true<\/DisableSshPasswordAuthentication><SSH><PublicKeys><PublicKey><Fingerprint>ABCD<\/Fingerprint>/);
  assert.match(body, /<InputEndpoints><InputEndpoint><LocalPort>22<\/LocalPort><Name>SSH<\/Name><Port>22<\/Port><Protocol>tcp<\/Protocol><\/InputEndpoint><\/InputEndpoints>/);
  assert.match(body, /<\/ConfigurationSets><OSVirtualHardDisk><MediaLink>https:\/\/a.blob.core.windows.net\/vhds\/vm1.vhd<\/MediaLink><SourceImageName>img<\/SourceImageName><\/OSVirtualHardDisk><RoleSize>Small<\/RoleSize><\/Role><\/RoleList><\/Deployment>$/);
});

test('a Windows VM role puts its administrator settings in the service order', async () => {
  const { sent, context } = scriptedSender();
  await new VirtualMachineOperations(context).createDeployment('svc', {
    deploymentName: 'win1',
    slot: 'Production',
    role: {
      roleName: 'win1',
      configurationSets: [
        {
          configurationSetType: 'WindowsProvisioningConfiguration',
          computerName: 'win1',
          adminPassword: 'p&ss<word>',
          adminUsername: 'operator',
          enableAutomaticUpdates: true,
          timeZone: 'UTC',
        },
      ],
      vmImageName: 'captured-image',
    },
  });
  const body = sent[0]!.body!;
  assert.match(body, /<ComputerName>win1<\/ComputerName><AdminPassword>p&amp;ss&lt;word&gt;<\/AdminPassword><EnableAutomaticUpdates>true<\/EnableAutomaticUpdates><TimeZone>UTC<\/TimeZone><AdminUsername>operator<\/AdminUsername>/);
  assert.match(body, /<VMImageName>captured-image<\/VMImageName>/);
});

test('a VM role needs a disk or a VM image, and one provisioning configuration at most', async () => {
  const { context } = scriptedSender();
  const vms = new VirtualMachineOperations(context);
  await assert.rejects(async () => vms.createDeployment('svc', { deploymentName: 'd', role: { roleName: 'r' } }), { code: 'InvalidArgument', message: /osVirtualHardDisk/ });
  await assert.rejects(
    async () =>
      vms.createDeployment('svc', {
        deploymentName: 'd',
        role: {
          roleName: 'r',
          vmImageName: 'i',
          configurationSets: [
            { configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'a', userName: 'u' },
            { configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'b', userName: 'u' },
          ],
        },
      }),
    { message: /one provisioning configuration/ },
  );
  await assert.rejects(async () => vms.shutdown('s', 'd', 'r', { postShutdownAction: 'Off' as 'Stopped' }), { code: 'InvalidArgument' });
});

test('shutdown and capture send the role operation documents', async () => {
  const { sent, context } = scriptedSender();
  const vms = new VirtualMachineOperations(context);
  await vms.shutdown('svc', 'dep', 'vm', { postShutdownAction: 'StoppedDeallocated' });
  assert.equal(sent[0]?.path, '/services/hostedservices/svc/deployments/dep/roleinstances/vm/Operations');
  assert.deepEqual(decode(schemas.ShutdownRoleOperation, sent[0]!.body!, { strict: true }), {
    operationType: 'ShutdownRoleOperation',
    postShutdownAction: 'StoppedDeallocated',
  });
  await new VMImageOperations(context).capture('svc', 'dep', 'vm', { osState: 'Generalized', vmImageName: 'img', vmImageLabel: 'My image' });
  assert.deepEqual(decode(schemas.CaptureRoleAsVMImageOperation, sent[1]!.body!, { strict: true }), {
    operationType: 'CaptureRoleAsVMImageOperation',
    osState: 'Generalized',
    vmImageName: 'img',
    vmImageLabel: 'My image',
  });
});

test('VM image filters become the query in the service order, only those given', async () => {
  const { sent, context } = scriptedSender({ status: 200, body: '<VMImages/>' });
  const images = await new VMImageOperations(context).list({ category: 'Public', location: 'West US' });
  assert.deepEqual(images, []);
  assert.deepEqual(sent[0]?.query, [['location', 'West US'], ['category', 'Public']]);
});

test('a response that is not the expected document is a MalformedResponse with the request id', async () => {
  const { context } = scriptedSender({ status: 200, body: '<html>maintenance</html>', requestId: 'r1' });
  await assert.rejects(new OperationStatusOperations(context).get('abc'), {
    code: 'MalformedResponse',
    requestId: 'r1',
    message: /root element 'Operation'/,
  });
});
