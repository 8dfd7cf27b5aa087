import { CommandError } from '../../command-error.ts';
import type { HostedServiceLike, PlannerReads } from '../../plan/client.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { locationKey } from '../../parse/locations.ts';
import { closeMatches } from '../../parse/suggest.ts';

const usage = (code: string, message: string, hint: string) => new CommandError({ code, kind: 'usage', message, hint });

/** The A-series sizes by the names people use for them; the service knows them by their old names. */
const A_SERIES: Readonly<Record<string, string>> = { a0: 'ExtraSmall', a1: 'Small', a2: 'Medium', a3: 'Large', a4: 'ExtraLarge' };

/** The size as the subscription's role size list spells it; refused (with the closest sizes) when it is not a VM size there. */
export async function checkRoleSize(size: string, client: PlannerReads, options: object): Promise<string> {
  const sizes = (await client.subscription.listRoleSizes(options)).filter((s) => s.supportedByVirtualMachines !== false).map((s) => s.name);
  const found = sizes.find((s) => s.toLowerCase() === size.toLowerCase());
  if (found !== undefined) return found;
  const alias = A_SERIES[size.toLowerCase()];
  const close = [...(alias !== undefined && sizes.includes(alias) ? [alias] : []), ...closeMatches(size, sizes)];
  const unique = [...new Set(close)];
  throw usage('INVALID_ROLE_SIZE', `${size} is not a VM size of this subscription.`,
    unique.length > 0 ? `Did you mean ${unique.map((s) => `\`${s}\``).join(' or ')}? ` + `Sizes include ${sizes.slice(0, 6).join(', ')}, ….`
      : `Sizes include ${sizes.slice(0, 8).join(', ')}, … (\`help vm create\`).`);
}

/** The existing cloud service the VM goes into, or undefined when the plan creates it. */
export async function readExistingService(service: string, client: PlannerReads, options: object): Promise<HostedServiceLike | undefined> {
  try {
    return await client.hostedServices.get(service, { ...options, embedDetail: true });
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * A VM goes into an existing service only where that service is, and only into its empty
 * production slot (a VM deployment is always the production one).
 */
export function checkExistingService(existing: HostedServiceLike, location: string, deployment: string): void {
  const name = existing.serviceName;
  const where = existing.hostedServiceProperties?.location;
  if (where !== undefined && locationKey(where) !== locationKey(location)) {
    throw usage('SERVICE_IN_OTHER_LOCATION', `Cloud service ${name} is in ${where}, and a VM runs where its cloud service is, not in ${location}.`,
      `Create the VM in ${where}, or in a new cloud service in ${location} (--service <new name>).`);
  }
  const deployments = existing.deployments ?? [];
  const production = deployments.find((d) => (d.deploymentSlot ?? '').toLowerCase() === 'production');
  if (production !== undefined) {
    throw usage('SLOT_TAKEN', `Cloud service ${name} already has deployment ${production.name} in its production slot, where a new VM deployment goes.`,
      'Create the VM in a new cloud service (--service <new name>).');
  }
  const clash = deployments.find((d) => d.name.toLowerCase() === deployment.toLowerCase());
  if (clash !== undefined) {
    throw usage('DEPLOYMENT_NAME_TAKEN', `Cloud service ${name} already has a deployment named ${clash.name}.`, 'Name the VM deployment with --deployment <other name>.');
  }
}
