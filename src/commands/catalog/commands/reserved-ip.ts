import { CommandError } from '../../command-error.ts';
import type { ReservedIPLike } from '../../plan/client.ts';
import type { PlanContext, PlanDraft } from '../../plan/context.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import { changeCommand, readCommand } from '../change.ts';
import { arg, compact, opt, step } from '../define.ts';
import type { CommandInput, CommandSpec } from '../types.ts';
import { location, text } from '../values.ts';
import { ipArg, readReservedIp, usedBy } from './reserved-ip-values.ts';

const list = readCommand(
  { resource: 'reserved-ip', action: 'list', summary: 'List the reserved IP addresses and what uses them.', risk: 'read', args: [], options: [], examples: ['reserved-ip list'] },
  () => ({ summary: 'List reserved IPs', steps: [step('list', 'List reserved IPs', 'reservedIPs.list', [])] }),
  (result) => listDoc('Reserved IPs', ['Name', 'Address', 'Location', 'State', 'Used by'], (result as ReservedIPLike[]).map((ip) => [
    ip.name, ip.address, ip.location, ip.state, usedBy(ip) ?? 'free',
  ]), 'No reserved IPs. Reserve one with `reserved-ip create <name> <location>`.'),
);

const show = readCommand(
  { resource: 'reserved-ip', action: 'show', summary: 'Show a reserved IP: address, location, state and what uses it.', risk: 'read', args: [ipArg], options: [], examples: ['reserved-ip show web-ip'] },
  (input) => ({ summary: `Show reserved IP ${arg(input, 'name')}`, steps: [step('get', `Read reserved IP \`${arg(input, 'name')}\``, 'reservedIPs.get', [arg(input, 'name')])] }),
  (result) => {
    const ip = result as ReservedIPLike & { label?: string; id?: string };
    return fieldsDoc(`Reserved IP ${ip.name}`, [['Address', ip.address], ['Location', ip.location], ['State', ip.state], ['Used by', usedBy(ip) ?? 'free'], ['Label', ip.label]]);
  },
);

const create = changeCommand(
  {
    resource: 'reserved-ip', action: 'create', risk: 'change', summary: 'Reserve a static public IP address in a location.',
    args: [ipArg, { name: 'location', type: location, required: true, description: 'Where the address lives; only deployments there can use it.' }],
    options: [{ name: 'label', type: text('label', 100), description: 'A label.' }],
    examples: ['reserved-ip create web-ip West US'],
  },
  (input) => ({
    summary: `Reserve IP ${arg(input, 'name')} in ${arg(input, 'location')}`,
    steps: [step('create', `Reserve IP \`${arg(input, 'name')}\` in ${arg(input, 'location')}`, 'reservedIPs.create', [
      compact({ name: arg(input, 'name'), location: arg(input, 'location'), label: opt(input, 'label') }),
    ])],
  }),
);

async function deletePlan(input: CommandInput, context: PlanContext): Promise<PlanDraft> {
  const name = arg(input, 'name');
  const deleteStep = step('delete', `Release reserved IP \`${name}\``, 'reservedIPs.delete', [name]);
  if (context.client === undefined) return { summary: `Release reserved IP ${name}`, steps: [deleteStep], notes: [`Released: reserved IP ${name} (refused by the service while a deployment uses it).`] };
  const ip = await readReservedIp(name, context);
  const user = usedBy(ip);
  if (user !== undefined) {
    throw new CommandError({
      code: 'RESERVED_IP_IN_USE', kind: 'usage', message: `Reserved IP ${ip.name} (${ip.address ?? 'no address'}) is used by ${user}.`,
      hint: `Unassign it first: \`reserved-ip unassign ${ip.name} ${ip.serviceName ?? ''}\`.`,
    });
  }
  return {
    summary: `Release reserved IP ${ip.name}`,
    steps: [step('delete', `Release reserved IP \`${ip.name}\` (${ip.address ?? 'no address'})`, 'reservedIPs.delete', [ip.name])],
    notes: [`Released: reserved IP ${ip.name}, address ${ip.address ?? 'unknown'} in ${ip.location ?? 'its location'}; the address cannot be reserved again.`],
  };
}

const remove = changeCommand(
  {
    resource: 'reserved-ip', action: 'delete', risk: 'destroy', summary: 'Release a reserved IP address that no deployment uses.',
    details: 'The address goes back to Azure and cannot be had again. One in use by a deployment must be unassigned first.',
    args: [ipArg], options: [], examples: ['reserved-ip delete web-ip'],
  },
  deletePlan,
);

export const reservedIpCommands: readonly CommandSpec[] = [list, show, create, remove];
