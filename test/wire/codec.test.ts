import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, encode, schemas, WIRE_ERROR_CODES } from '../../src/wire/index.ts';

test('a request is written in schema order, escaped, labels base64, no declaration, request namespaces', () => {
  const xml = encode(schemas.CreateHostedService, {
    // deliberately given in another order than the wire order
    extendedProperties: { team: 'a&b' },
    location: 'West US',
    description: 'R&D <test> "quoted"',
    label: 'ünïcode label',
    serviceName: 'svc1',
  });
  assert.equal(
    xml,
    '<CreateHostedService xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.microsoft.com/windowsazure">' +
      '<ServiceName>svc1</ServiceName>' +
      `<Label>${Buffer.from('ünïcode label').toString('base64')}</Label>` +
      '<Description>R&amp;D &lt;test&gt; &quot;quoted&quot;</Description>' +
      '<Location>West US</Location>' +
      '<ExtendedProperties><ExtendedProperty><Name>team</Name><Value>a&amp;b</Value></ExtendedProperty></ExtendedProperties>' +
      '</CreateHostedService>',
  );
});

test('encode then decode gives the value back', () => {
  const value = {
    name: 'vm1',
    deploymentSlot: 'Production',
    label: 'plain <label>',
    roleList: [
      {
        roleName: 'vm1',
        roleType: 'PersistentVMRole',
        configurationSets: [
          {
            configurationSetType: 'LinuxProvisioningConfiguration',
            hostName: 'vm1',
            userName: 'azureuser',
            disableSshPasswordAuthentication: true,
            ssh: { publicKeys: [{ fingerprint: 'AB12', path: '/home/azureuser/.ssh/authorized_keys' }], keyPairs: [] },
          },
          { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'ssh', port: 22, localPort: 22, protocol: 'tcp' }] },
        ],
        osVirtualHardDisk: { mediaLink: 'https://s.blob.core.windows.net/vhds/vm1.vhd', sourceImageName: 'img' },
        roleSize: 'Small',
      },
    ],
  };
  const xml = encode(schemas.CreateVirtualMachineDeployment, value);
  assert.deepEqual(decode(schemas.CreateVirtualMachineDeployment, xml, { strict: true }), value);
});

test('responses: lists are arrays even with one item, types converted, nil is undefined, unknown ignored', () => {
  const xml =
    '<HostedServices xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">' +
    '<HostedService><Url>https://x/svc</Url><ServiceName>svc</ServiceName><Unknown>zzz</Unknown>' +
    `<HostedServiceProperties><Description i:nil="true"/><Location>West US</Location><Label>${Buffer.from('my label').toString('base64')}</Label>` +
    '<Status>Created</Status><ExtendedProperties/></HostedServiceProperties></HostedService></HostedServices>';
  const list = decode<Array<Record<string, unknown>>>(schemas.HostedServices, xml);
  assert.deepEqual(list, [
    {
      url: 'https://x/svc',
      serviceName: 'svc',
      hostedServiceProperties: { location: 'West US', label: 'my label', status: 'Created', extendedProperties: {} },
    },
  ]);
  const availability = decode(schemas.AvailabilityResponse, '<AvailabilityResponse><Result>TRUE</Result><Reason i:nil="true"/></AvailabilityResponse>');
  assert.deepEqual(availability, { result: true });
  const op = decode(schemas.Operation, '<Operation><ID>a-b</ID><Status>Failed</Status><HttpStatusCode>409</HttpStatusCode><Error><Code>ConflictError</Code><Message>busy</Message></Error></Operation>');
  assert.deepEqual(op, { id: 'a-b', status: 'Failed', httpStatusCode: 409, error: { code: 'ConflictError', message: 'busy' } });
});

test('a response writes nillable fields as i:nil and response namespace order', () => {
  const xml = encode(schemas.AvailabilityResponse, { result: true }, { style: 'response' });
  assert.equal(
    xml,
    '<AvailabilityResponse xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Result>true</Result><Reason i:nil="true"/></AvailabilityResponse>',
  );
});

test('strict decoding names the offending element', () => {
  const outOfOrder = '<CreateHostedService><Label>eA==</Label><ServiceName>x</ServiceName></CreateHostedService>';
  assert.throws(() => decode(schemas.CreateHostedService, outOfOrder, { strict: true }), {
    code: WIRE_ERROR_CODES.outOfOrderElement,
    element: 'CreateHostedService/ServiceName',
  });
  // lenient decoding accepts the same document
  assert.deepEqual(decode(schemas.CreateHostedService, outOfOrder), { label: 'x', serviceName: 'x' });

  const unknown = '<CreateHostedService><ServiceName>x</ServiceName><Colour>red</Colour></CreateHostedService>';
  assert.throws(() => decode(schemas.CreateHostedService, unknown, { strict: true }), {
    code: WIRE_ERROR_CODES.unexpectedElement,
    message: /'Colour'/,
  });
  assert.throws(() => decode(schemas.CreateHostedService, '<Swap><Production>a</Production></Swap>'), {
    code: WIRE_ERROR_CODES.wrongRootElement,
  });
  assert.throws(() => decode(schemas.WalkUpgradeDomain, '<WalkUpgradeDomain><UpgradeDomain>two</UpgradeDomain></WalkUpgradeDomain>', { strict: true }), {
    code: WIRE_ERROR_CODES.invalidValue,
    element: 'WalkUpgradeDomain/UpgradeDomain',
  });
  assert.throws(() => decode(schemas.CreateHostedService, '<CreateHostedService><ServiceName>x</ServiceName><ServiceName>y</ServiceName></CreateHostedService>', { strict: true }), {
    code: WIRE_ERROR_CODES.duplicateElement,
  });
});

test('broken XML and DTDs are refused with a clear error', () => {
  assert.throws(() => decode(schemas.Swap, '<Swap><Production>a</Swap>'), {
    code: WIRE_ERROR_CODES.malformedXml,
    message: /malformed/,
  });
  assert.throws(() => decode(schemas.Swap, ''), { code: WIRE_ERROR_CODES.malformedXml, message: 'The body is empty: an XML document was expected.' });
  assert.throws(() => decode(schemas.CreateHostedService, '<CreateHostedService><ServiceName>x'), {
    code: WIRE_ERROR_CODES.malformedXml,
    message: "The XML is malformed: 'CreateHostedService', 'ServiceName' are never closed.",
    element: 'CreateHostedService',
  });
  assert.throws(() => decode(schemas.Swap, '<Swap><Production>a</Production>'), { message: /malformed \(line 1, column 1\): Unclosed tag 'Swap'/ });
  const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><Swap><Production>&lol;</Production></Swap>';
  assert.throws(() => decode(schemas.Swap, bomb), { code: WIRE_ERROR_CODES.malformedXml, message: /DOCTYPE/ });
});

test('a root name with trailing whitespace and an XML declaration are accepted', () => {
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n<RoleInstances  xmlns="http://schemas.microsoft.com/windowsazure">\n  <Name>a</Name>\n  <Name>b</Name>\n</RoleInstances >';
  assert.deepEqual(decode(schemas.RoleInstances, xml, { strict: true }), ['a', 'b']);
});

test('values XML cannot carry are refused when encoding', () => {
  assert.throws(() => encode(schemas.Swap, { production: 'a\u0001b' }), { code: WIRE_ERROR_CODES.invalidValue, element: 'Swap/Production' });
  assert.throws(() => encode(schemas.WalkUpgradeDomain, { upgradeDomain: 1.5 }), { code: WIRE_ERROR_CODES.invalidValue });
});
