import { arg, opt } from '../define.ts';
import type { CommandInput } from '../types.ts';
import { cloudServiceName, deploymentName, vmName } from '../values.ts';

export const vmArg = { name: 'name', type: vmName, required: true, description: 'The VM (role) name.' };
export const serviceOption = { name: 'service', type: cloudServiceName, valueName: 'name', description: 'Its cloud service (default: the VM name).' };
export const deploymentOption = { name: 'deployment', type: deploymentName, valueName: 'name', description: 'Its deployment (default: the cloud service name).' };

/** The VM name is the service and deployment name unless options say otherwise. */
export function vmTarget(input: CommandInput): { readonly name: string; readonly service: string; readonly deployment: string } {
  const name = arg(input, 'name');
  const service = opt(input, 'service') ?? name;
  return { name, service, deployment: opt(input, 'deployment') ?? service };
}

export const describeTarget = (t: ReturnType<typeof vmTarget>) =>
  t.service === t.name && t.deployment === t.name ? `VM \`${t.name}\`` : `VM \`${t.name}\` (service \`${t.service}\`, deployment \`${t.deployment}\`)`;
