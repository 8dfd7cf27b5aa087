import { VIRTUAL_MACHINE_ROLE_SIZES, WEB_WORKER_ROLE_SIZES } from '../catalog/index.ts';
import type { HostedServiceRecord } from '../persistence/index.ts';
import { deploymentView, type DeploymentViewOptions } from './deployment-view.ts';

export interface HostedServiceViewOptions {
  readonly baseUrl: string;
  readonly subscriptionId: string;
  /** `?embed-detail=true`: the deployments are included. */
  readonly embedDetail?: boolean;
  /** List responses carry the compute capabilities of each service. */
  readonly withCapabilities?: boolean;
  /** How embedded deployments are shown. */
  readonly deployments?: DeploymentViewOptions;
}

export function hostedServiceView(service: HostedServiceRecord, options: HostedServiceViewOptions): Record<string, unknown> {
  return {
    url: `${options.baseUrl}/${options.subscriptionId}/services/hostedservices/${service.serviceName}`,
    serviceName: service.serviceName,
    hostedServiceProperties: {
      description: service.description,
      affinityGroup: service.affinityGroup,
      location: service.location,
      label: service.label,
      status: service.status,
      dateCreated: service.dateCreated,
      dateLastModified: service.dateLastModified,
      extendedProperties: service.extendedProperties,
    },
    // A service without deployments has no <Deployments> element at all, even with embed-detail.
    ...(options.embedDetail && options.deployments && Object.keys(service.deployments).length > 0
      ? { deployments: Object.values(service.deployments).map((d) => deploymentView(d, service, options.deployments as DeploymentViewOptions)) }
      : {}),
    ...(options.withCapabilities
      ? { computeCapabilities: { webWorkerRoleSizes: WEB_WORKER_ROLE_SIZES, virtualMachinesRoleSizes: VIRTUAL_MACHINE_ROLE_SIZES } }
      : {}),
  };
}
