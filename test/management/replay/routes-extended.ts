// Replay routes of the subscription operation log, management certificates, reserved IPs and resource extensions.
import assert from 'node:assert/strict';
import { decode, schemas } from '../../../src/wire/index.ts';
import { xmlCount, xmlText } from './canonical-xml.ts';
import type { Route } from './routes.ts';

const name = '([^/?]+)';
const p = (params: readonly (string | undefined)[], index: number) => decodeURIComponent(params[index] ?? '');
const checkAsync = (result: any) => assert.match(result.requestId, /^[0-9a-f]{32}$/);

export const extendedRoutes: readonly Route[] = [
  {
    operation: 'subscription.listOperations',
    method: 'GET',
    pattern: /^\/operations\?(.+)$/,
    call: (c, params) => {
      const query = new URLSearchParams(params[0] ?? '');
      return c.subscription.listOperations({
        startTime: query.get('StartTime') ?? '',
        endTime: query.get('EndTime') ?? '',
        ...(query.get('ObjectIdFilter') ? { objectIdFilter: query.get('ObjectIdFilter')! } : {}),
        ...(query.get('OperationResultFilter') ? { operationResultFilter: query.get('OperationResultFilter') as 'Failed' } : {}),
        ...(query.get('ContinuationToken') ? { continuationToken: query.get('ContinuationToken')! } : {}),
      });
    },
    check: (r, xml) => {
      assert.equal(r.subscriptionOperations.length, xmlCount(xml, 'SubscriptionOperations/SubscriptionOperation'));
      assert.equal(r.continuationToken, xmlText(xml, 'ContinuationToken'));
      const first = r.subscriptionOperations[0];
      assert.equal(first.operationId, xmlText(xml, 'SubscriptionOperations/SubscriptionOperation/OperationId'));
      assert.equal(first.operationName, xmlText(xml, 'SubscriptionOperations/SubscriptionOperation/OperationName'));
      assert.equal(first.operationStatus.id, xmlText(xml, 'SubscriptionOperations/SubscriptionOperation/OperationStatus/ID'));
      assert.equal(first.operationStatus.httpStatusCode, Number(xmlText(xml, 'SubscriptionOperations/SubscriptionOperation/OperationStatus/HttpStatusCode')));
      assert.equal(first.operationParameters.subscriptionID, '00000000-0000-0000-0000-000000000000');
      assert.equal(typeof first.operationCaller.usedServiceManagementApi, 'boolean');
      const failed = r.subscriptionOperations.filter((op: any) => op.operationStatus.status === 'Failed');
      assert.equal(failed.length, (xml.match(/<Status>Failed<\/Status>/g) ?? []).length);
      assert.ok(failed.every((op: any) => op.operationStatus.error.code && op.operationStatus.error.message));
    },
  },
  {
    operation: 'managementCertificates.list',
    method: 'GET',
    pattern: /^\/certificates$/,
    call: (c) => c.managementCertificates.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'SubscriptionCertificate'));
      assert.equal(r[0].subscriptionCertificateThumbprint, xmlText(xml, 'SubscriptionCertificate/SubscriptionCertificateThumbprint'));
      assert.equal(r[0].subscriptionCertificateData, xmlText(xml, 'SubscriptionCertificate/SubscriptionCertificateData'));
      assert.equal(r[0].created, xmlText(xml, 'SubscriptionCertificate/Created'));
    },
  },
  {
    operation: 'managementCertificates.get',
    method: 'GET',
    pattern: new RegExp(`^/certificates/${name}$`),
    call: (c, params) => c.managementCertificates.get(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.subscriptionCertificateThumbprint, xmlText(xml, 'SubscriptionCertificateThumbprint'));
      assert.equal(r.subscriptionCertificatePublicKey, xmlText(xml, 'SubscriptionCertificatePublicKey'));
      assert.equal(r.subscriptionCertificateData, xmlText(xml, 'SubscriptionCertificateData'));
      assert.ok(r.created);
    },
  },
  {
    operation: 'managementCertificates.add',
    method: 'POST',
    pattern: /^\/certificates$/,
    call: (c, _params, body) => c.managementCertificates.add(decode(schemas.SubscriptionCertificate, body ?? '')),
    check: (r) => assert.equal(r, undefined),
  },
  {
    operation: 'managementCertificates.delete',
    method: 'DELETE',
    pattern: new RegExp(`^/certificates/${name}$`),
    call: (c, params) => c.managementCertificates.delete(p(params, 0)),
    check: (r) => assert.equal(r, undefined),
  },
  {
    operation: 'reservedIPs.list',
    method: 'GET',
    pattern: /^\/services\/networking\/reservedips$/,
    call: (c) => c.reservedIPs.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'ReservedIP'));
      assert.equal(r[0].name, xmlText(xml, 'ReservedIP/Name'));
      assert.equal(r[0].address, xmlText(xml, 'ReservedIP/Address'));
      assert.equal(r[0].location, xmlText(xml, 'ReservedIP/Location'));
    },
  },
  {
    operation: 'reservedIPs.get',
    method: 'GET',
    pattern: new RegExp(`^/services/networking/reservedips/${name}$`),
    call: (c, params) => c.reservedIPs.get(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.name, xmlText(xml, 'Name'));
      assert.equal(r.label, xmlText(xml, 'Label'));
      assert.equal(r.state, xmlText(xml, 'State'));
      assert.equal(r.id, xmlText(xml, 'Id'));
      assert.equal(r.inUse, undefined);
      assert.equal(r.serviceName, undefined);
    },
  },
  {
    operation: 'reservedIPs.create',
    method: 'POST',
    pattern: /^\/services\/networking\/reservedips$/,
    call: (c, _params, body) => c.reservedIPs.create(decode(schemas.ReservedIP, body ?? '')),
    check: checkAsync,
  },
  {
    operation: 'reservedIPs.delete',
    method: 'DELETE',
    pattern: new RegExp(`^/services/networking/reservedips/${name}$`),
    call: (c, params) => c.reservedIPs.delete(p(params, 0)),
    check: checkAsync,
  },
  {
    operation: 'resourceExtensions.list',
    method: 'GET',
    pattern: /^\/services\/resourceextensions$/,
    call: (c) => c.resourceExtensions.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'ResourceExtension'));
      for (const extension of r) for (const field of ['publisher', 'name', 'version', 'label', 'description']) assert.ok(extension[field], field);
      assert.equal(r[0].replicationCompleted, xmlText(xml, 'ResourceExtension/ReplicationCompleted') === 'true');
    },
  },
  {
    operation: 'resourceExtensions.listVersions',
    method: 'GET',
    pattern: new RegExp(`^/services/resourceextensions/${name}/${name}$`),
    call: (c, params) => c.resourceExtensions.listVersions(p(params, 0), p(params, 1)),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'ResourceExtension'));
      assert.ok(r.every((e: any) => e.name === 'ChefClient' && e.publisher === 'Chef.Bootstrap.WindowsAzure' && e.version));
    },
  },
];
