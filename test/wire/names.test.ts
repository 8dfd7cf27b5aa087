import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camelName } from '../../src/wire/index.ts';

test('element names become camelCase with a leading acronym lowered whole', () => {
  const cases: Array<[string, string]> = [
    ['ServiceName', 'serviceName'],
    ['HostedServiceProperties', 'hostedServiceProperties'],
    ['OS', 'os'],
    ['ID', 'id'],
    ['FQDN', 'fqdn'],
    ['SSH', 'ssh'],
    ['OSVirtualHardDisk', 'osVirtualHardDisk'],
    ['VMImageName', 'vmImageName'],
    ['AADTenantID', 'aadTenantID'],
    ['IsDefault', 'isDefault'],
    ['LogicalSizeInGB', 'logicalSizeInGB'],
    ['already', 'already'],
  ];
  for (const [xml, expected] of cases) assert.equal(camelName(xml), expected, xml);
});
