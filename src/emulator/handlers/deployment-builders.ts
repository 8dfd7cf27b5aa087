import { randomBytes, randomInt } from 'node:crypto';
import { OPERATING_SYSTEMS } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import type { RoleInstanceRecord } from '../persistence/index.ts';

export interface ConfiguredRole {
  readonly name: string;
  readonly instances: number;
  readonly vmSize: string;
}

export const newPrivateId = () => randomBytes(16).toString('hex');
export const newVirtualIp = () => `23.${randomInt(96, 102)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
export const newInstanceIp = () => `100.${randomInt(64, 128)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/** The roles and instance counts a service configuration (.cscfg) declares. */
export function parseServiceConfiguration(configuration: string): ConfiguredRole[] {
  if (!/<ServiceConfiguration[\s>]/.test(configuration)) {
    throw errors.badRequest('The specified configuration settings for Configuration are invalid: the root element must be ServiceConfiguration.');
  }
  const roles: ConfiguredRole[] = [];
  for (const match of configuration.matchAll(/<Role\s[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/Role>/g)) {
    const count = /<Instances\s[^>]*count="(\d+)"/.exec(match[2] ?? '')?.[1];
    const instances = Number(count ?? '1');
    if (!Number.isInteger(instances) || instances < 1) {
      throw errors.badRequest(`The specified configuration settings for Configuration are invalid: role '${match[1]}' needs at least one instance.`);
    }
    roles.push({ name: match[1] as string, instances, vmSize: 'Small' });
  }
  if (roles.length === 0) {
    throw errors.badRequest('The specified configuration settings for Configuration are invalid: no Role element was found.');
  }
  return roles;
}

export function guestOsVersion(configuration: string): string {
  const requested = /osVersion="([^"*]+)"/.exec(configuration)?.[1];
  const family = Number(/osFamily="(\d+)"/.exec(configuration)?.[1] ?? '4');
  return requested ?? OPERATING_SYSTEMS.find((os) => os.family === family && os.isDefault)?.version ?? '';
}

/** Role instances of a cloud service: `<role>_IN_<n>`, spread over upgrade and fault domains. */
export function cloudServiceInstances(roles: readonly ConfiguredRole[], state: { instanceStatus: string; powerState: string }): {
  instances: RoleInstanceRecord[];
  upgradeDomainCount: number;
} {
  const upgradeDomainCount = Math.min(5, Math.max(...roles.map((role) => role.instances)));
  const instances = roles.flatMap((role) =>
    Array.from({ length: role.instances }, (_, index) => ({
      roleName: role.name,
      instanceName: `${role.name}_IN_${index}`,
      instanceStatus: state.instanceStatus,
      instanceUpgradeDomain: index % upgradeDomainCount,
      instanceFaultDomain: index % 2,
      instanceSize: role.vmSize,
      ipAddress: newInstanceIp(),
      powerState: state.powerState,
    })),
  );
  return { instances, upgradeDomainCount };
}

/** The configuration the service synthesizes for a VM deployment. */
export function vmServiceConfiguration(roleNames: readonly string[]): string {
  const roles = roleNames.map((name) => `  <Role name="${name}">\r\n    <Instances count="1" />\r\n  </Role>\r\n`).join('');
  return (
    '<ServiceConfiguration xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">\r\n' +
    roles +
    '</ServiceConfiguration>'
  );
}
