import { CommandError } from '../../command-error.ts';
import { createConfigurationFetcher } from '../../plan/service-configuration.ts';
import type { PlanContext } from '../../plan/context.ts';
import { cloudServiceName, deploymentName, oneOf, url } from '../values.ts';

const SLOTS = ['production', 'staging'] as const;
export const slot = oneOf('deployment slot', SLOTS);
export const serviceArg = { name: 'service', type: cloudServiceName, required: true, description: 'The cloud service.' };
export const deploymentArg = { name: 'name', type: deploymentName, required: true, description: 'The deployment name.' };
export const configOption = {
  name: 'config', type: url('service configuration URL'), valueName: 'url', description: 'URL of the .cscfg (downloaded from allowed hosts only).',
};

/** Downloads a `.cscfg` under the configured limits; the plan then carries its text. */
export async function downloadConfiguration(address: string, context: PlanContext): Promise<string> {
  const fetcher = context.fetchServiceConfiguration ?? createConfigurationFetcher(context.settings.serviceConfiguration);
  return fetcher(address, context.abortSignal ? { abortSignal: context.abortSignal } : {});
}

export function requireClient<T>(client: T | undefined, what: string): T {
  if (client !== undefined) return client;
  throw new CommandError({
    code: 'NEEDS_CONNECTION', kind: 'usage', message: `Planning ${what} needs to read the subscription first.`,
    hint: 'Run it with a configured connection (endpoint, subscription, certificate).',
  });
}
