import { errors } from '../errors/index.ts';
import { isoSeconds } from '../operations/index.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { hostedServiceView } from '../views/hosted-service-view.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, flag, hostedServiceOf, mergeProperties, ok, required, startOperation, subscriptionOf } from './common.ts';
import { lockDeployments } from './locks.ts';
import {
  HOSTED_SERVICE_NAME_MESSAGE,
  checkLabel,
  checkPlacement,
  hostedServiceNameOwner,
  isValidHostedServiceName,
} from './validation.ts';

interface CreateHostedService {
  serviceName?: string;
  label?: string;
  description?: string;
  location?: string;
  affinityGroup?: string;
  extendedProperties?: Record<string, string>;
}

export function registerHostedServiceRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/services/hostedservices', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const value = Object.values(subscription.hostedServices).map((service) =>
        hostedServiceView(service, { baseUrl: world.baseUrl, subscriptionId: subscription.id, withCapabilities: true }),
      );
      return ok({ schema: schemas.HostedServices, value });
    })
    .add('GET', '/services/hostedservices/operations/isavailable/:name', (request, world) => {
      const name = request.params['name'] ?? '';
      let reason: string | undefined;
      if (!isValidHostedServiceName(name)) reason = HOSTED_SERVICE_NAME_MESSAGE;
      else if (hostedServiceNameOwner(world.state, name)) reason = 'A hosted service with the specified name already exists.';
      return ok({ schema: schemas.AvailabilityResponse, value: { result: reason === undefined, reason } });
    })
    .add('POST', '/services/hostedservices', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const input = decodeBody<CreateHostedService>(schemas.CreateHostedService, request);
      const name = required(input.serviceName, 'ServiceName');
      if (!isValidHostedServiceName(name)) throw errors.badRequest(HOSTED_SERVICE_NAME_MESSAGE);
      const label = checkLabel(input.label);
      const placement = checkPlacement(subscription, input.location, input.affinityGroup);
      if (hostedServiceNameOwner(world.state, name)) throw errors.dnsNameTaken();
      const now = isoSeconds(world.clock.now());
      subscription.hostedServices[name.toLowerCase()] = {
        serviceName: name,
        label,
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...placement,
        status: 'Created',
        dateCreated: now,
        dateLastModified: now,
        extendedProperties: input.extendedProperties ?? {},
        deployments: {},
        certificates: {},
      };
      return {
        status: 201,
        headers: { location: `${world.baseUrl}/subscriptions/${subscription.id}/compute/${name}` },
      };
    })
    .add('GET', '/services/hostedservices/:service', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const service = hostedServiceOf(subscription, request.params['service']);
      const value = hostedServiceView(service, {
        baseUrl: world.baseUrl,
        subscriptionId: subscription.id,
        embedDetail: flag(request, 'embed-detail'),
        deployments: { now: world.clock.now(), vms: world.vms },
      });
      return ok({ schema: schemas.HostedService, value });
    })
    .add('PUT', '/services/hostedservices/:service', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const service = hostedServiceOf(subscription, request.params['service']);
      const input = decodeBody<CreateHostedService>(schemas.UpdateHostedService, request);
      if (input.label === undefined && input.description === undefined && input.extendedProperties === undefined) {
        throw errors.badRequest('At least one of Label, Description or ExtendedProperties must be specified.');
      }
      if (input.label !== undefined) service.label = checkLabel(input.label);
      if (input.description !== undefined) service.description = input.description;
      service.extendedProperties = mergeProperties(service.extendedProperties, input.extendedProperties);
      service.dateLastModified = isoSeconds(world.clock.now());
      return ok();
    })
    .add('DELETE', '/services/hostedservices/:service', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const service = hostedServiceOf(subscription, request.params['service']);
      const deployments = Object.values(service.deployments);
      if (deployments.length === 0) {
        delete subscription.hostedServices[service.serviceName.toLowerCase()];
        return ok();
      }
      // `?comp=media` deletes the deployments and their disks with the service, asynchronously.
      if ((request.query.get('comp') ?? '').toLowerCase() !== 'media') throw errors.hostedServiceHasDeployments(service.serviceName);
      lockDeployments(service, deployments, request.requestId);
      for (const deployment of deployments) deployment.status = 'Deleting';
      return startOperation(world, request, 'hostedService.deleteComplete', { service: service.serviceName });
    });
}
