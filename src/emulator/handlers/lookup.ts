import { errors } from '../errors/index.ts';
import type { DeploymentRecord, EmulatorState, HostedServiceRecord, SubscriptionRecord } from '../persistence/index.ts';

export function slotKey(slot: string): 'production' | 'staging' {
  const key = slot.toLowerCase();
  if (key !== 'production' && key !== 'staging') {
    throw errors.badRequest(`The deployment slot '${slot}' is not valid; use 'Production' or 'Staging'.`);
  }
  return key;
}

export function deploymentByName(service: HostedServiceRecord, name: string | undefined): DeploymentRecord {
  const deployment = Object.values(service.deployments).find((d) => d.name.toLowerCase() === (name ?? '').toLowerCase());
  if (!deployment) throw errors.deploymentNotFound(name ?? '');
  return deployment;
}

export function deploymentBySlot(service: HostedServiceRecord, slot: string | undefined): DeploymentRecord {
  const deployment = service.deployments[slotKey(slot ?? '')];
  if (!deployment) throw errors.noDeployments();
  return deployment;
}

/** For transitions: the records a stored operation refers to, which may be gone by now. */
export function subscriptionIn(state: EmulatorState, id: string): SubscriptionRecord | undefined {
  return state.subscriptions[id];
}

export function serviceIn(state: EmulatorState, subscriptionId: string, service: unknown): HostedServiceRecord | undefined {
  return subscriptionIn(state, subscriptionId)?.hostedServices[String(service).toLowerCase()];
}

export function deploymentIn(
  state: EmulatorState,
  subscriptionId: string,
  service: unknown,
  name: unknown,
): DeploymentRecord | undefined {
  const deployments = Object.values(serviceIn(state, subscriptionId, service)?.deployments ?? {});
  return deployments.find((deployment) => deployment.name.toLowerCase() === String(name).toLowerCase());
}

export function removeDeployment(service: HostedServiceRecord | undefined, name: unknown): void {
  if (!service) return;
  for (const [slot, deployment] of Object.entries(service.deployments)) {
    if (deployment.name.toLowerCase() === String(name).toLowerCase()) delete service.deployments[slot];
  }
}
