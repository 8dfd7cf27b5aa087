import type { ComputeCapabilities, ExtendedProperties } from './common.ts';
import type { Deployment } from './deployments.ts';

export interface HostedServiceProperties {
  readonly description?: string;
  readonly affinityGroup?: string;
  readonly location?: string;
  readonly label?: string;
  readonly status?: string;
  readonly dateCreated?: string;
  readonly dateLastModified?: string;
  readonly extendedProperties?: ExtendedProperties;
}

export interface HostedService {
  readonly url?: string;
  readonly serviceName: string;
  readonly hostedServiceProperties?: HostedServiceProperties;
  /** Present when read with `embedDetail: true`. */
  readonly deployments?: readonly Deployment[];
  readonly computeCapabilities?: ComputeCapabilities;
}

/** Exactly one of `location` and `affinityGroup`. Labels are plain text. */
export interface CreateHostedServiceInput {
  readonly serviceName: string;
  readonly label: string;
  readonly description?: string;
  readonly location?: string;
  readonly affinityGroup?: string;
  readonly extendedProperties?: ExtendedProperties;
}

export interface UpdateHostedServiceInput {
  readonly label?: string;
  readonly description?: string;
  readonly extendedProperties?: ExtendedProperties;
}
