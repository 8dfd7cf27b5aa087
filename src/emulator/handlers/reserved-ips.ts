import { randomInt, randomUUID } from 'node:crypto';
import { findLocation } from '../catalog/index.ts';
import { errors } from '../errors/index.ts';
import type { Transition } from '../operations/index.ts';
import type { DeploymentRecord, HostedServiceRecord, ReservedIpRecord, SubscriptionRecord } from '../persistence/index.ts';
import type { RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, hostedServiceOf, ok, required, startOperation, subscriptionOf } from './common.ts';
import { newVirtualIp } from './deployment-builders.ts';
import { deploymentByName, subscriptionIn } from './lookup.ts';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const ASSOCIATION_VERSION = '2015-02-01';

export function reservedIpsOf(subscription: SubscriptionRecord): Record<string, ReservedIpRecord> {
  subscription.reservedIps ??= {};
  return subscription.reservedIps;
}

function checkName(name: string): void {
  if (!NAME.test(name)) {
    throw errors.badRequest(`The reserved IP name '${name}' is invalid. It may contain letters, numbers, periods, hyphens and underscores, up to 63 characters, and must start with a letter or a number.`);
  }
}

function reservedIpOf(subscription: SubscriptionRecord, name: string | undefined): ReservedIpRecord {
  checkName(name ?? '');
  const ip = reservedIpsOf(subscription)[(name ?? '').toLowerCase()];
  if (!ip) throw errors.reservedIpNotFound(name ?? '');
  return ip;
}

/** The deployment using the address as its virtual IP, if any. */
export function userOf(subscription: SubscriptionRecord, name: string): { service: HostedServiceRecord; deployment: DeploymentRecord } | undefined {
  for (const service of Object.values(subscription.hostedServices)) {
    for (const deployment of Object.values(service.deployments)) {
      if (deployment.reservedIpName?.toLowerCase() === name.toLowerCase()) return { service, deployment };
    }
  }
  return undefined;
}

function view(subscription: SubscriptionRecord, ip: ReservedIpRecord): Record<string, unknown> {
  const user = userOf(subscription, ip.name);
  return {
    name: ip.name,
    address: ip.address,
    id: ip.id,
    ...(ip.label !== undefined ? { label: ip.label } : {}),
    state: ip.state,
    ...(user ? { inUse: true, serviceName: user.service.serviceName, deploymentName: user.deployment.name } : {}),
    location: ip.location,
  };
}

/** A deployment created with `ReservedIPName` takes the address as its virtual IP. */
export function claimReservedIp(subscription: SubscriptionRecord, service: HostedServiceRecord, name: string): ReservedIpRecord {
  const ip = reservedIpsOf(subscription)[name.toLowerCase()];
  if (!ip || ip.state !== 'Created') throw errors.badRequest(`The reserved IP ${name} does not exist.`);
  const user = userOf(subscription, ip.name);
  if (user) throw errors.reservedIpInUse(ip.name, user.service.serviceName, user.deployment.name);
  if (service.location && service.location !== ip.location) {
    throw errors.badRequest(`The reserved IP ${ip.name} is in ${ip.location}, the hosted service ${service.serviceName} in ${service.location}.`);
  }
  return ip;
}

export const reservedIpTransitions: Record<string, Transition> = {
  'reservedIP.create': {
    succeed(context, params) {
      const ip = subscriptionIn(context.state, context.subscriptionId)?.reservedIps?.[String(params['key'])];
      if (ip) ip.state = 'Created';
    },
    fail(context, params) {
      delete subscriptionIn(context.state, context.subscriptionId)?.reservedIps?.[String(params['key'])];
    },
  },
  'reservedIP.delete': {
    succeed(context, params) {
      delete subscriptionIn(context.state, context.subscriptionId)?.reservedIps?.[String(params['key'])];
    },
    fail() {},
  },
  'reservedIP.associate': {
    succeed(context, params) {
      const subscription = subscriptionIn(context.state, context.subscriptionId);
      const ip = subscription?.reservedIps?.[String(params['key'])];
      const service = subscription?.hostedServices[String(params['service']).toLowerCase()];
      const deployment = service ? Object.values(service.deployments).find((d) => d.name === params['deployment']) : undefined;
      if (!ip || !deployment) throw errors.badRequest('The reserved IP or the deployment went away while the association ran.');
      deployment.reservedIpName = ip.name;
      deployment.virtualIpAddress = ip.address;
    },
    fail() {},
  },
  'reservedIP.disassociate': {
    succeed(context, params) {
      const subscription = subscriptionIn(context.state, context.subscriptionId);
      const user = subscription ? userOf(subscription, String(params['name'])) : undefined;
      if (!user) return;
      delete user.deployment.reservedIpName;
      user.deployment.virtualIpAddress = newVirtualIp();
    },
    fail() {},
  },
};

function association(action: 'associate' | 'disassociate') {
  return (request: RouteRequest, world: EmulatorWorld) => {
    const version = String(request.headers['x-ms-version'] ?? '');
    if (version < ASSOCIATION_VERSION) throw errors.badRequest(`The ${action} operation on a reserved IP needs x-ms-version ${ASSOCIATION_VERSION} or later.`);
    const subscription = subscriptionOf(world, request);
    const ip = reservedIpOf(subscription, request.params['name']);
    const input = decodeBody<{ serviceName?: string; deploymentName?: string; virtualIPName?: string }>(schemas.ReservedIPAssociation, request);
    const service = hostedServiceOf(subscription, required(input.serviceName, 'ServiceName'));
    const deployment = deploymentByName(service, required(input.deploymentName, 'DeploymentName'));
    const user = userOf(subscription, ip.name);
    if (action === 'associate') {
      if (user) throw errors.reservedIpInUse(ip.name, user.service.serviceName, user.deployment.name);
      if (deployment.reservedIpName) throw errors.conflict(`The deployment ${deployment.name} already uses the reserved IP ${deployment.reservedIpName}.`);
      if (service.location && service.location !== ip.location) {
        throw errors.badRequest(`The reserved IP ${ip.name} is in ${ip.location}, the hosted service ${service.serviceName} in ${service.location}.`);
      }
    } else if (user?.deployment !== deployment) {
      throw errors.badRequest(`The reserved IP ${ip.name} is not associated with deployment ${deployment.name}.`);
    }
    const key = ip.name.toLowerCase();
    return startOperation(world, request, `reservedIP.${action}`, { key, name: ip.name, service: service.serviceName, deployment: deployment.name });
  };
}

export function registerReservedIpRoutes(router: Router<EmulatorWorld>): void {
  const base = '/services/networking/reservedips';
  router
    .add('GET', base, (request, world) => {
      const subscription = subscriptionOf(world, request);
      return ok({ schema: schemas.ReservedIPs, value: Object.values(reservedIpsOf(subscription)).map((ip) => view(subscription, ip)) });
    })
    .add('POST', base, (request, world) => {
      const subscription = subscriptionOf(world, request);
      const input = decodeBody<{ name?: string; label?: string; location?: string }>(schemas.ReservedIP, request);
      const name = required(input.name, 'Name');
      checkName(name);
      if (input.label !== undefined && input.label.length > 100) throw errors.badRequest('The label may be at most 100 characters long.');
      const location = findLocation(required(input.location, 'Location'));
      if (!location) throw errors.badRequest(`The location '${input.location}' is not a valid location. Use List Locations to see the valid ones.`);
      const key = name.toLowerCase();
      if (reservedIpsOf(subscription)[key]) throw errors.reservedIpExists(name);
      reservedIpsOf(subscription)[key] = {
        name,
        address: `${[23, 40, 104][randomInt(0, 3)]}.${randomInt(40, 100)}.${randomInt(0, 256)}.${randomInt(1, 255)}`,
        id: randomUUID(),
        ...(input.label !== undefined ? { label: input.label } : {}),
        location: location.name,
        state: 'Creating',
      };
      return startOperation(world, request, 'reservedIP.create', { key });
    })
    .add('GET', `${base}/:name`, (request, world) => {
      const subscription = subscriptionOf(world, request);
      return ok({ schema: schemas.ReservedIP, value: view(subscription, reservedIpOf(subscription, request.params['name'])) });
    })
    .add('DELETE', `${base}/:name`, (request, world) => {
      const subscription = subscriptionOf(world, request);
      const ip = reservedIpOf(subscription, request.params['name']);
      const user = userOf(subscription, ip.name);
      if (user) throw errors.reservedIpInUse(ip.name, user.service.serviceName, user.deployment.name);
      return startOperation(world, request, 'reservedIP.delete', { key: ip.name.toLowerCase() });
    })
    .add('POST', `${base}/:name/operations/associate`, association('associate'))
    .add('POST', `${base}/:name/operations/disassociate`, association('disassociate'));
}
