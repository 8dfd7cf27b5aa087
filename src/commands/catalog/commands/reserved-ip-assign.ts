import { CommandError } from '../../command-error.ts';
import type { DeploymentLike } from '../../plan/client.ts';
import type { PlanContext, PlanDraft } from '../../plan/context.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { changeCommand } from '../change.ts';
import { arg, opt, step } from '../define.ts';
import type { CommandInput, CommandSpec } from '../types.ts';
import { cloudServiceName, deploymentName } from '../values.ts';
import { ipArg, readReservedIp, usedBy } from './reserved-ip-values.ts';

const usage = (code: string, message: string, hint: string) => new CommandError({ code, kind: 'usage', message, hint });
const same = (a: string | undefined, b: string | undefined) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** The deployment named by --deployment, or the one in the service's production slot. */
async function readDeployment(service: string, input: CommandInput, context: PlanContext): Promise<DeploymentLike> {
  const name = opt(input, 'deployment');
  const options = context.abortSignal ? { abortSignal: context.abortSignal } : {};
  try {
    return name === undefined ? await context.client!.deployments.getBySlot(service, 'production', options) : await context.client!.deployments.getByName(service, name, options);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw usage('DEPLOYMENT_NOT_FOUND', `Cloud service ${service} has ${name === undefined ? 'no deployment in its production slot' : `no deployment named ${name}`} (or does not exist).`,
      `A reserved IP goes to a running deployment; see \`service show ${service}\`.`);
  }
}

type Action = 'assign' | 'unassign';

function planner(action: Action) {
  return async (input: CommandInput, context: PlanContext): Promise<PlanDraft> => {
    const name = arg(input, 'name');
    const service = arg(input, 'service');
    const verb = action === 'assign' ? `Assign reserved IP ${name} to ${service}` : `Unassign reserved IP ${name} from ${service}`;
    if (context.client === undefined) {
      const which = opt(input, 'deployment') === undefined ? 'the production deployment' : `deployment ${opt(input, 'deployment')}`;
      return { summary: verb, steps: [], notes: [`Resolved when the command runs: it reads reserved IP ${name} and ${which} of ${service}.`] };
    }
    const ip = await readReservedIp(name, context);
    const deployment = await readDeployment(service, input, context);
    const users = same(ip.serviceName, service) && same(ip.deploymentName, deployment.name);
    if (action === 'assign' && usedBy(ip) !== undefined) {
      throw usage(users ? 'ALREADY_ASSIGNED' : 'RESERVED_IP_IN_USE', `Reserved IP ${ip.name} is used by ${usedBy(ip) ?? ''}${users ? ' already' : ''}.`,
        users ? 'Nothing to do.' : `Unassign it there first: \`reserved-ip unassign ${ip.name} ${ip.serviceName ?? ''}\`.`);
    }
    if (action === 'unassign' && !users) {
      throw usage('NOT_ASSIGNED', `Reserved IP ${ip.name} is not used by deployment ${deployment.name} of ${service}.`,
        usedBy(ip) === undefined ? 'It is free.' : `It is used by ${usedBy(ip) ?? ''}.`);
    }
    const body = { serviceName: service, deploymentName: deployment.name };
    const address = ip.address ?? 'its address';
    return action === 'assign'
      ? {
        summary: verb,
        steps: [step('assign', `Give deployment \`${deployment.name}\` of \`${service}\` reserved IP \`${ip.name}\` (${address})`, 'reservedIPs.associate', [ip.name, body])],
        notes: [`The deployment's public address becomes ${address}; its current virtual IP is released.`],
      }
      : {
        summary: verb,
        steps: [step('unassign', `Take reserved IP \`${ip.name}\` (${address}) from deployment \`${deployment.name}\` of \`${service}\``, 'reservedIPs.disassociate', [ip.name, body])],
        notes: [`The deployment gets a new, dynamic public address; ${ip.name} (${address}) stays reserved.`],
      };
  };
}

const syntax = (action: Action, summary: string, examples: readonly string[]) => ({
  resource: 'reserved-ip', action, risk: 'change' as const, summary,
  args: [ipArg, { name: 'service', type: cloudServiceName, required: true, description: 'The cloud service whose deployment gets or gives up the address.' }],
  options: [{ name: 'deployment', type: deploymentName, valueName: 'name', description: 'Its deployment (default: the one in the production slot).' }],
  examples,
});

export const reservedIpAssociation: readonly CommandSpec[] = [
  changeCommand(syntax('assign', 'Give a cloud service deployment a reserved IP as its public address.', ['reserved-ip assign web-ip mysvc']), planner('assign')),
  changeCommand(syntax('unassign', 'Take a reserved IP from a cloud service deployment (it gets a dynamic address).', ['reserved-ip unassign web-ip mysvc']), planner('unassign')),
];
