/**
 * How a changing request shows up in the subscription's operation log: its operation name and
 * the resource it acts on (`OperationObjectId`). Paths are below `/{subscription}`.
 */
type Namer = string | ((query: ReadonlyMap<string, string>, body: string) => string);
interface Row {
  readonly method: string;
  readonly pattern: readonly string[];
  readonly name: Namer;
  /** For creates, matches the element of the body that names the new resource (appended to the object id). */
  readonly created?: RegExp;
}

const COMP_NAMES: Readonly<Record<string, string>> = {
  config: 'ChangeDeploymentConfiguration',
  status: 'UpdateDeploymentStatus',
  upgrade: 'UpgradeDeployment',
  walkupgradedomain: 'WalkUpgradeDomain',
  rollback: 'RollbackDeploymentUpdateOrUpgrade',
  reboot: 'RebootRoleInstance',
  reimage: 'ReimageRoleInstance',
  rebuild: 'RebuildRoleInstance',
  delete: 'DeleteRoleInstances',
};
const byComp = (fallback: string): Namer => (query) => COMP_NAMES[(query.get('comp') ?? '').toLowerCase()] ?? fallback;
/** `<StartRoleOperation>` → `StartRole`. */
const byRoot: Namer = (_query, body) => /<\s*([A-Za-z]+?)Operation[\s>]/.exec(body)?.[1] ?? 'RoleOperation';

const hs = 'services/hostedservices/:service';
const dep = `${hs}/deployments/:deployment`;
const ROWS: readonly Row[] = ([
  ['POST', 'services/hostedservices', 'CreateHostedService', 'ServiceName'],
  ['PUT', hs, 'UpdateHostedService'],
  ['DELETE', hs, 'DeleteHostedService'],
  ['POST', hs, 'SwapDeployment'],
  ['POST', `${hs}/certificates`, 'AddCertificates'],
  ['DELETE', `${hs}/certificates/:thumbprint`, 'DeleteCertificate'],
  ['POST', `${hs}/deploymentslots/:slot`, 'CreateDeployment', 'Name'],
  ['POST', `${hs}/deployments`, 'CreateVirtualMachineDeployment', 'Name'],
  ['DELETE', dep, 'DeleteDeployment'],
  ['POST', dep, byComp('UpdateDeployment')],
  ['POST', `${dep}/roles`, 'AddRole', 'RoleName'],
  ['PUT', `${dep}/roles/:role`, 'UpdateRole'],
  ['DELETE', `${dep}/roles/:role`, 'DeleteRole'],
  ['POST', `${dep}/roles/Operations`, byRoot],
  ['POST', `${dep}/roleinstances/:role/Operations`, byRoot],
  ['POST', `${dep}/roleinstances/:role`, byComp('RoleInstanceOperation')],
  ['POST', `${dep}/roleinstances`, byComp('DeleteRoleInstances')],
  ['POST', `${dep}/roles/:role/DataDisks`, 'AddDataDisk'],
  ['PUT', `${dep}/roles/:role/DataDisks/:lun`, 'UpdateDataDisk'],
  ['DELETE', `${dep}/roles/:role/DataDisks/:lun`, 'DeleteDataDisk'],
  ['POST', `${dep}/dnsservers`, 'AddDnsServer', 'Name'],
  ['PUT', `${dep}/dnsservers/:name`, 'UpdateDnsServer'],
  ['DELETE', `${dep}/dnsservers/:name`, 'DeleteDnsServer'],
  ['POST', 'services/storageservices', 'CreateStorageService', 'ServiceName'],
  ['PUT', 'services/storageservices/:name', 'UpdateStorageService'],
  ['DELETE', 'services/storageservices/:name', 'DeleteStorageService'],
  ['POST', 'services/storageservices/:name/keys', 'RegenerateStorageServiceKeys'],
  ['POST', 'affinitygroups', 'CreateAffinityGroup', 'Name'],
  ['PUT', 'affinitygroups/:name', 'UpdateAffinityGroup'],
  ['DELETE', 'affinitygroups/:name', 'DeleteAffinityGroup'],
  ['POST', 'services/images', 'AddOSImage', 'Name'],
  ['PUT', 'services/images/:name', 'UpdateOSImage'],
  ['DELETE', 'services/images/:name', 'DeleteOSImage'],
  ['POST', 'services/vmimages', 'CreateVMImage', 'Name'],
  ['PUT', 'services/vmimages/:name', 'UpdateVMImage'],
  ['DELETE', 'services/vmimages/:name', 'DeleteVMImage'],
  ['POST', 'services/disks', 'AddDisk', 'Name'],
  ['PUT', 'services/disks/:name', 'UpdateDisk'],
  ['DELETE', 'services/disks/:name', 'DeleteDisk'],
  ['POST', 'services/networking/reservedips', 'CreateReservedIP', 'Name'],
  ['DELETE', 'services/networking/reservedips/:name', 'DeleteReservedIP'],
  ['POST', 'services/networking/reservedips/:name/operations/associate', 'AssociateReservedIP'],
  ['POST', 'services/networking/reservedips/:name/operations/disassociate', 'DisassociateReservedIP'],
  ['POST', 'certificates', 'AddSubscriptionCertificate', 'SubscriptionCertificateThumbprint'],
  ['DELETE', 'certificates/:thumbprint', 'RemoveSubscriptionCertificate'],
  ['PUT', 'services', (query: ReadonlyMap<string, string>) => ((query.get('action') ?? '').toLowerCase() === 'unregister' ? 'UnregisterResource' : 'RegisterResource')],
] as ReadonlyArray<readonly [string, string, Namer, string?]>).map(([method, path, name, created]) => ({
  method: method as string,
  pattern: (path as string).split('/'),
  name: name as Namer,
  ...(created ? { created: new RegExp(`<${created}>([^<]*)</${created}>`) } : {}),
}));

const SECRET_ELEMENTS = /<((?:\w+:)?(?:AdminPassword|UserPassword|Password|CustomData))>[^<]*<\/\1>/g;

/** The request body as the log keeps it: passwords and custom data masked. */
export function maskedBody(body: string): string {
  return body.replace(SECRET_ELEMENTS, '<$1>******</$1>');
}

export interface OperationDescription {
  readonly name: string;
  readonly objectId: string;
  readonly parameters: Record<string, string>;
}

/** The log entry of a request below `/{subscription}`, or undefined for a request the log does not show. */
export function describeOperation(subscriptionId: string, method: string, segments: readonly string[], query: ReadonlyMap<string, string>, body: string): OperationDescription | undefined {
  for (const row of ROWS) {
    if (row.method !== method || row.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matched = row.pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[`${part.slice(1)}Name`] = segments[i] ?? '';
        return true;
      }
      return part.toLowerCase() === (segments[i] ?? '').toLowerCase();
    });
    if (!matched) continue;
    const name = typeof row.name === 'string' ? row.name : row.name(query, body);
    const created = row.created?.exec(body)?.[1];
    const objectId = `/${subscriptionId}/${segments.join('/')}${created ? `/${created}` : ''}`;
    return {
      name,
      objectId,
      parameters: { subscriptionID: subscriptionId, ...params, ...(body.trim() ? { input: maskedBody(body) } : {}) },
    };
  }
  return undefined;
}
