import { errors } from '../errors/index.ts';
import type { DeploymentRecord, HostedServiceRecord, StorageAccountRecord } from '../persistence/index.ts';

/** A deployment runs one operation at a time: a second one gets 409 ConflictError (exclusive access). */
export function lockDeployment(deployment: DeploymentRecord, requestId: string): void {
  if (deployment.lockedBy) throw errors.deploymentBusy(deployment.lockedBy);
  deployment.lockedBy = requestId;
}

export function lockDeployments(_service: HostedServiceRecord, deployments: DeploymentRecord[], requestId: string): void {
  const busy = deployments.find((deployment) => deployment.lockedBy);
  if (busy?.lockedBy) throw errors.deploymentBusy(busy.lockedBy);
  for (const deployment of deployments) deployment.lockedBy = requestId;
}

export function unlock(target: { lockedBy?: string } | undefined, requestId: string): void {
  if (target && target.lockedBy === requestId) delete target.lockedBy;
}

export function checkStorageIdle(account: StorageAccountRecord): void {
  if (account.lockedBy) throw errors.storageAccountBusy();
}
