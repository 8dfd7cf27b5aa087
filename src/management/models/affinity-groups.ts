import type { ComputeCapabilities } from './common.ts';
import type { HostedService } from './hosted-services.ts';
import type { StorageService } from './storage.ts';

export interface AffinityGroup {
  readonly name: string;
  readonly label?: string;
  readonly description?: string;
  readonly location?: string;
  readonly hostedServices?: readonly HostedService[];
  readonly storageServices?: readonly StorageService[];
  readonly capabilities?: readonly string[];
  readonly createdTime?: string;
  readonly computeCapabilities?: ComputeCapabilities;
}

export interface CreateAffinityGroupInput {
  readonly name: string;
  readonly label: string;
  readonly location: string;
  readonly description?: string;
}

export interface UpdateAffinityGroupInput {
  readonly label: string;
  readonly description?: string;
}
