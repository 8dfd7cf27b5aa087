// Which client call makes each recorded request, and what a person would check in its answer.
import assert from 'node:assert/strict';
import type { ServiceManagementClient } from '../../../src/management/index.ts';
import { decode, schemas, type DocumentSchema } from '../../../src/wire/index.ts';
import { xmlCount, xmlText } from './canonical-xml.ts';
import { extendedRoutes } from './routes-extended.ts';

type Params = readonly (string | undefined)[];
type Call = (client: ServiceManagementClient, params: Params, body: string | undefined) => Promise<unknown>;
type Check = (result: any, xml: string) => void;

export interface Route {
  /** The management core method this request proves, e.g. `hostedServices.create`. */
  readonly operation: string;
  readonly method: string;
  /** Matched against the path and query relative to the subscription. */
  readonly pattern: RegExp;
  readonly call: Call;
  readonly check?: Check;
}

const name = '([^/?]+)';
const b64 = (text: string | undefined) => Buffer.from(text ?? '', 'base64').toString('utf8');
/** The request body as the caller's input (the recorded request's own values). */
const input = <T = any>(schema: DocumentSchema, body: string | undefined): T => decode<T>(schema, body ?? '');
const p = (params: Params, index: number) => decodeURIComponent(params[index] ?? '');

const checkAsync: Check = (result) => assert.match(result.requestId, /^[0-9a-f]{32}$/);

export const routes: readonly Route[] = [
  {
    operation: 'operations.get',
    method: 'GET',
    pattern: new RegExp(`^/operations/${name}$`),
    call: (c, params) => c.operations.get(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.id, xmlText(xml, 'ID'));
      assert.equal(r.status, xmlText(xml, 'Status'));
      const code = xmlText(xml, 'HttpStatusCode');
      assert.equal(r.httpStatusCode, code === undefined ? undefined : Number(code));
    },
  },
  {
    operation: 'subscription.get',
    method: 'GET',
    pattern: /^$/,
    call: (c) => c.subscription.get(),
    check: (r, xml) => {
      assert.equal(r.subscriptionID, xmlText(xml, 'SubscriptionID'));
      assert.equal(r.subscriptionName, xmlText(xml, 'SubscriptionName'));
      assert.equal(r.maxCoreCount, Number(xmlText(xml, 'MaxCoreCount')));
      assert.equal(r.currentHostedServices, Number(xmlText(xml, 'CurrentHostedServices')));
    },
  },
  {
    operation: 'subscription.listRoleSizes',
    method: 'GET',
    pattern: /^\/rolesizes$/,
    call: (c) => c.subscription.listRoleSizes(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'RoleSize'));
      assert.equal(r[0].name, xmlText(xml, 'RoleSize/Name'));
      assert.equal(r[0].cores, Number(xmlText(xml, 'RoleSize/Cores')));
      assert.equal(typeof r[0].supportedByVirtualMachines, 'boolean');
    },
  },
  {
    operation: 'locations.list',
    method: 'GET',
    pattern: /^\/locations$/,
    call: (c) => c.locations.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'Location'));
      assert.ok(r.some((l: any) => l.name === 'West US'));
      assert.equal(r[0].displayName, xmlText(xml, 'Location/DisplayName'));
      assert.ok(Array.isArray(r[0].computeCapabilities.virtualMachinesRoleSizes));
    },
  },
  {
    operation: 'hostedServices.list',
    method: 'GET',
    pattern: /^\/services\/hostedservices$/,
    call: (c) => c.hostedServices.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'HostedService'));
      if (r.length > 0) {
        assert.equal(r[0].serviceName, xmlText(xml, 'HostedService/ServiceName'));
        assert.equal(r[0].hostedServiceProperties.label, b64(xmlText(xml, 'HostedService/HostedServiceProperties/Label')));
      }
    },
  },
  {
    operation: 'hostedServices.checkNameAvailability',
    method: 'GET',
    pattern: new RegExp(`^/services/hostedservices/operations/isavailable/${name}$`),
    call: (c, params) => c.hostedServices.checkNameAvailability(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.result, xmlText(xml, 'Result') === 'true');
      if (r.result) assert.equal(r.reason, undefined);
      else assert.equal(r.reason, xmlText(xml, 'Reason'));
    },
  },
  {
    operation: 'hostedServices.get',
    method: 'GET',
    pattern: new RegExp(`^/services/hostedservices/${name}\\?embed-detail=(true|false)$`),
    call: (c, params) => c.hostedServices.get(p(params, 0), { embedDetail: params[1] === 'true' }),
    check: (r, xml) => {
      assert.equal(r.serviceName, xmlText(xml, 'ServiceName'));
      assert.equal(r.hostedServiceProperties.label, b64(xmlText(xml, 'HostedServiceProperties/Label')));
      assert.equal(r.hostedServiceProperties.location, xmlText(xml, 'HostedServiceProperties/Location'));
      assert.equal(r.hostedServiceProperties.status, xmlText(xml, 'HostedServiceProperties/Status'));
      const properties = xmlCount(xml, 'HostedServiceProperties/ExtendedProperties/ExtendedProperty');
      assert.equal(Object.keys(r.hostedServiceProperties.extendedProperties ?? {}).length, properties);
    },
  },
  {
    operation: 'hostedServices.create',
    method: 'POST',
    pattern: /^\/services\/hostedservices$/,
    call: (c, _params, body) => c.hostedServices.create(input(schemas.CreateHostedService, body)),
    check: checkAsync,
  },
  {
    operation: 'hostedServices.update',
    method: 'PUT',
    pattern: new RegExp(`^/services/hostedservices/${name}$`),
    call: (c, params, body) => c.hostedServices.update(p(params, 0), input(schemas.UpdateHostedService, body)),
  },
  {
    operation: 'hostedServices.delete',
    method: 'DELETE',
    pattern: new RegExp(`^/services/hostedservices/${name}(\\?comp=media)?$`),
    call: (c, params) => c.hostedServices.delete(p(params, 0), { complete: params[1] !== undefined }),
    check: checkAsync,
  },
  {
    operation: 'serviceCertificates.list',
    method: 'GET',
    pattern: new RegExp(`^/services/hostedservices/${name}/certificates$`),
    call: (c, params) => c.serviceCertificates.list(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'Certificate'));
      if (r.length > 0) {
        assert.equal(r[0].thumbprint, xmlText(xml, 'Certificate/Thumbprint'));
        assert.equal(r[0].thumbprintAlgorithm, xmlText(xml, 'Certificate/ThumbprintAlgorithm'));
        assert.equal(r[0].certificateUrl, xmlText(xml, 'Certificate/CertificateUrl'));
      }
    },
  },
  {
    operation: 'serviceCertificates.get',
    method: 'GET',
    pattern: new RegExp(`^/services/hostedservices/${name}/certificates/([a-z0-9]+)-([0-9A-Fa-f]+)$`),
    call: (c, params) => c.serviceCertificates.get(p(params, 0), p(params, 1), p(params, 2)),
    check: (r, xml) => assert.equal(r.data, xmlText(xml, 'Data')),
  },
  {
    operation: 'serviceCertificates.add',
    method: 'POST',
    pattern: new RegExp(`^/services/hostedservices/${name}/certificates$`),
    call: (c, params, body) => c.serviceCertificates.add(p(params, 0), input(schemas.CertificateFile, body)),
    check: checkAsync,
  },
  {
    operation: 'serviceCertificates.delete',
    method: 'DELETE',
    pattern: new RegExp(`^/services/hostedservices/${name}/certificates/([a-z0-9]+)-([0-9A-Fa-f]+)$`),
    call: (c, params) => c.serviceCertificates.delete(p(params, 0), p(params, 1), p(params, 2)),
    check: checkAsync,
  },
  {
    operation: 'deployments.getByName',
    method: 'GET',
    pattern: new RegExp(`^/services/hostedservices/${name}/deployments/${name}$`),
    call: (c, params) => c.deployments.getByName(p(params, 0), p(params, 1)),
    check: (r, xml) => {
      assert.equal(r.name, xmlText(xml, 'Name'));
      assert.equal(r.status, xmlText(xml, 'Status'));
      assert.equal(r.label, b64(xmlText(xml, 'Label')));
      assert.equal(r.roleInstanceList.length, xmlCount(xml, 'RoleInstanceList/RoleInstance'));
      assert.equal(r.roleInstanceList[0]?.instanceStatus, xmlText(xml, 'RoleInstanceList/RoleInstance/InstanceStatus'));
      assert.equal(r.roleList[0]?.osVirtualHardDisk?.sourceImageName, xmlText(xml, 'RoleList/Role/OSVirtualHardDisk/SourceImageName'));
      assert.equal(r.roleList[0]?.vmImageName, xmlText(xml, 'RoleList/Role/VMImageName'));
      assert.equal(r.locked, xmlText(xml, 'Locked') === 'true');
    },
  },
  {
    operation: 'virtualMachines.getRole',
    method: 'GET',
    pattern: new RegExp(`^/services/hostedservices/${name}/deployments/${name}/roles/${name}$`),
    call: (c, params) => c.virtualMachines.getRole(p(params, 0), p(params, 1), p(params, 2)),
    check: (r, xml) => {
      assert.equal(r.roleName, xmlText(xml, 'RoleName'));
      assert.equal(r.roleSize, xmlText(xml, 'RoleSize'));
      assert.equal(r.configurationSets[0].configurationSetType, xmlText(xml, 'ConfigurationSets/ConfigurationSet/ConfigurationSetType'));
      assert.equal(r.osVirtualHardDisk.os, xmlText(xml, 'OSVirtualHardDisk/OS'));
    },
  },
  {
    operation: 'virtualMachines.createDeployment',
    method: 'POST',
    pattern: new RegExp(`^/services/hostedservices/${name}/deployments$`),
    call: (c, params, body) => {
      const d = input(schemas.CreateVirtualMachineDeployment, body);
      return c.virtualMachines.createDeployment(p(params, 0), {
        deploymentName: d.name,
        slot: d.deploymentSlot,
        label: d.label,
        role: d.roleList[0],
      });
    },
    check: checkAsync,
  },
  {
    operation: 'storageAccounts.list',
    method: 'GET',
    pattern: /^\/services\/storageservices$/,
    call: (c) => c.storageAccounts.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'StorageService'));
      if (r.length > 0) {
        assert.equal(r[0].serviceName, xmlText(xml, 'StorageService/ServiceName'));
        assert.equal(r[0].storageServiceProperties.label, b64(xmlText(xml, 'StorageService/StorageServiceProperties/Label')));
      }
    },
  },
  {
    operation: 'storageAccounts.checkNameAvailability',
    method: 'GET',
    pattern: new RegExp(`^/services/storageservices/operations/isavailable/${name}$`),
    call: (c, params) => c.storageAccounts.checkNameAvailability(p(params, 0)),
    check: (r, xml) => assert.equal(r.result, xmlText(xml, 'Result') === 'true'),
  },
  {
    operation: 'storageAccounts.getKeys',
    method: 'GET',
    pattern: new RegExp(`^/services/storageservices/${name}/keys$`),
    call: (c, params) => c.storageAccounts.getKeys(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.storageServiceKeys.primary, xmlText(xml, 'StorageServiceKeys/Primary'));
      assert.equal(r.storageServiceKeys.secondary, xmlText(xml, 'StorageServiceKeys/Secondary'));
    },
  },
  {
    operation: 'storageAccounts.regenerateKeys',
    method: 'POST',
    pattern: new RegExp(`^/services/storageservices/${name}/keys\\?action=regenerate$`),
    call: (c, params, body) => c.storageAccounts.regenerateKeys(p(params, 0), input<{ keyType: 'Primary' }>(schemas.RegenerateKeys, body).keyType),
    check: (r, xml) => assert.equal(r.storageServiceKeys.primary, xmlText(xml, 'StorageServiceKeys/Primary')),
  },
  {
    operation: 'storageAccounts.get',
    method: 'GET',
    pattern: new RegExp(`^/services/storageservices/${name}$`),
    call: (c, params) => c.storageAccounts.get(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.serviceName, xmlText(xml, 'ServiceName'));
      assert.equal(r.storageServiceProperties.label, b64(xmlText(xml, 'StorageServiceProperties/Label')));
      assert.equal(r.storageServiceProperties.status, xmlText(xml, 'StorageServiceProperties/Status'));
      assert.equal(r.storageServiceProperties.endpoints.length, xmlCount(xml, 'StorageServiceProperties/Endpoints/Endpoint'));
      assert.equal(r.storageServiceProperties.accountType, xmlText(xml, 'StorageServiceProperties/AccountType'));
      assert.equal(Object.keys(r.extendedProperties).length, xmlCount(xml, 'ExtendedProperties/ExtendedProperty'));
    },
  },
  {
    operation: 'storageAccounts.create',
    method: 'POST',
    pattern: /^\/services\/storageservices$/,
    call: (c, _params, body) => c.storageAccounts.create(input(schemas.CreateStorageServiceInput, body)),
    check: checkAsync,
  },
  {
    operation: 'storageAccounts.update',
    method: 'PUT',
    pattern: new RegExp(`^/services/storageservices/${name}$`),
    call: (c, params, body) => c.storageAccounts.update(p(params, 0), input(schemas.UpdateStorageServiceInput, body)),
  },
  {
    operation: 'storageAccounts.delete',
    method: 'DELETE',
    pattern: new RegExp(`^/services/storageservices/${name}$`),
    call: (c, params) => c.storageAccounts.delete(p(params, 0)),
    check: checkAsync,
  },
  {
    operation: 'affinityGroups.list',
    method: 'GET',
    pattern: /^\/affinitygroups$/,
    call: (c) => c.affinityGroups.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'AffinityGroup'));
      assert.equal(r[0].name, xmlText(xml, 'AffinityGroup/Name'));
      assert.equal(r[0].label, b64(xmlText(xml, 'AffinityGroup/Label')));
      assert.ok(Array.isArray(r[0].capabilities));
    },
  },
  {
    operation: 'affinityGroups.get',
    method: 'GET',
    pattern: new RegExp(`^/affinitygroups/${name}$`),
    call: (c, params) => c.affinityGroups.get(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.name, xmlText(xml, 'Name'));
      assert.equal(r.label, b64(xmlText(xml, 'Label')));
      assert.equal(r.location, xmlText(xml, 'Location'));
      assert.equal(r.hostedServices.length, xmlCount(xml, 'HostedServices/HostedService'));
      assert.equal(r.capabilities.length, xmlCount(xml, 'Capabilities/Capability'));
    },
  },
  {
    operation: 'affinityGroups.create',
    method: 'POST',
    pattern: /^\/affinitygroups$/,
    call: (c, _params, body) => c.affinityGroups.create(input(schemas.CreateAffinityGroup, body)),
  },
  {
    operation: 'affinityGroups.update',
    method: 'PUT',
    pattern: new RegExp(`^/affinitygroups/${name}$`),
    call: (c, params, body) => c.affinityGroups.update(p(params, 0), input(schemas.UpdateAffinityGroup, body)),
  },
  {
    operation: 'affinityGroups.delete',
    method: 'DELETE',
    pattern: new RegExp(`^/affinitygroups/${name}$`),
    call: (c, params) => c.affinityGroups.delete(p(params, 0)),
  },
  {
    operation: 'operatingSystems.list',
    method: 'GET',
    pattern: /^\/operatingsystems$/,
    call: (c) => c.operatingSystems.list(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'OperatingSystem'));
      assert.equal(r[0].version, xmlText(xml, 'OperatingSystem/Version'));
      assert.equal(r[0].label, b64(xmlText(xml, 'OperatingSystem/Label')));
      assert.equal(r[0].family, Number(xmlText(xml, 'OperatingSystem/Family')));
      assert.equal(r[0].familyLabel, b64(xmlText(xml, 'OperatingSystem/FamilyLabel')));
      assert.equal(typeof r[0].isDefault, 'boolean');
    },
  },
  {
    operation: 'operatingSystems.listFamilies',
    method: 'GET',
    pattern: /^\/operatingsystemfamilies$/,
    call: (c) => c.operatingSystems.listFamilies(),
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'OperatingSystemFamily'));
      assert.equal(r[0].label, b64(xmlText(xml, 'OperatingSystemFamily/Label')));
      assert.equal(r[0].operatingSystems[0].version, xmlText(xml, 'OperatingSystemFamily/OperatingSystems/OperatingSystem/Version'));
    },
  },
  {
    operation: 'osImages.getDetails',
    method: 'GET',
    pattern: new RegExp(`^/services/images/${name}/details$`),
    call: (c, params) => c.osImages.getDetails(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.name, xmlText(xml, 'Name'));
      assert.equal(r.logicalSizeInGB, Number(xmlText(xml, 'LogicalSizeInGB')));
      assert.equal(r.replicationProgress?.length ?? 0, xmlCount(xml, 'ReplicationProgress/ReplicationProgressElement'));
    },
  },
  {
    operation: 'osImages.get',
    method: 'GET',
    pattern: new RegExp(`^/services/images/${name}$`),
    call: (c, params) => c.osImages.get(p(params, 0)),
    check: (r, xml) => {
      assert.equal(r.name, xmlText(xml, 'Name'));
      assert.equal(r.label, xmlText(xml, 'Label'));
      assert.equal(r.os, xmlText(xml, 'OS'));
      assert.equal(r.mediaLink, xmlText(xml, 'MediaLink'));
    },
  },
  {
    operation: 'osImages.add',
    method: 'POST',
    pattern: /^\/services\/images$/,
    call: (c, _params, body) => c.osImages.add(input(schemas.OSImage, body)),
    check: checkAsync,
  },
  {
    operation: 'osImages.update',
    method: 'PUT',
    pattern: new RegExp(`^/services/images/${name}$`),
    call: (c, params, body) => c.osImages.update(p(params, 0), input(schemas.OSImage, body)),
    check: checkAsync,
  },
  {
    operation: 'osImages.delete',
    method: 'DELETE',
    pattern: new RegExp(`^/services/images/${name}(\\?comp=media)?$`),
    call: (c, params) => c.osImages.delete(p(params, 0), { deleteVhd: params[1] !== undefined }),
    check: checkAsync,
  },
  {
    operation: 'vmImages.list',
    method: 'GET',
    pattern: /^\/services\/vmimages(\?.*)?$/,
    call: (c, params) => {
      const query = new URLSearchParams(params[0] ?? '');
      return c.vmImages.list({
        ...(query.get('location') ? { location: query.get('location')! } : {}),
        ...(query.get('publisher') ? { publisher: query.get('publisher')! } : {}),
        ...(query.get('category') ? { category: query.get('category')! } : {}),
      });
    },
    check: (r, xml) => {
      assert.equal(r.length, xmlCount(xml, 'VMImage'));
      if (r.length > 0) {
        assert.equal(r[0].name, xmlText(xml, 'VMImage/Name'));
        assert.equal(r[0].osDiskConfiguration.os, xmlText(xml, 'VMImage/OSDiskConfiguration/OS'));
      }
    },
  },
];

export function findRoute(method: string, path: string): { route: Route; params: Params } | undefined {
  for (const route of [...routes, ...extendedRoutes]) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, params: match.slice(1) };
  }
  return undefined;
}
