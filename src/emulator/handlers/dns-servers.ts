import { isIPv4 } from 'node:net';
import { errors } from '../errors/index.ts';
import type { DeploymentRecord } from '../persistence/index.ts';
import type { HandlerResult, RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, hostedServiceOf, required, subscriptionOf } from './common.ts';
import { deploymentOperation } from './deployment-operations.ts';
import { deploymentByName } from './lookup.ts';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_DNS_SERVERS = 12;

function target(request: RouteRequest, world: EmulatorWorld) {
  const service = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
  return { service, deployment: deploymentByName(service, request.params['deployment']) };
}

function checkServer(input: { name?: string; address?: string }): { name: string; address: string } {
  const name = required(input.name, 'Name');
  if (!NAME.test(name)) throw errors.badRequest(`The DNS server name '${name}' is invalid. It may contain letters, numbers, periods, hyphens and underscores.`);
  const address = required(input.address, 'Address');
  if (!isIPv4(address)) throw errors.badRequest(`The DNS server address '${address}' is not a valid IPv4 address.`);
  return { name, address };
}

const serversOf = (deployment: DeploymentRecord) => deployment.dnsServers ?? [];
const indexOf = (deployment: DeploymentRecord, name: string) => serversOf(deployment).findIndex((s) => s.name.toLowerCase() === name.toLowerCase());

function change(request: RouteRequest, world: EmulatorWorld, next: (servers: { name: string; address: string }[], deployment: DeploymentRecord) => { name: string; address: string }[]): HandlerResult {
  const { service, deployment } = target(request, world);
  const servers = next([...serversOf(deployment)], deployment);
  return deploymentOperation(world, request, service, deployment, { final: { dnsServers: servers } }, () => {});
}

/** DNS servers of a deployment: add, update, delete, each an asynchronous deployment operation. */
export function registerDnsServerRoutes(router: Router<EmulatorWorld>): void {
  const base = '/services/hostedservices/:service/deployments/:deployment/dnsservers';
  router
    .add('POST', base, (request, world) =>
      change(request, world, (servers, deployment) => {
        const server = checkServer(decodeBody(schemas.DnsServer, request));
        if (indexOf(deployment, server.name) >= 0) throw errors.dnsServerExists(server.name);
        if (servers.length >= MAX_DNS_SERVERS) throw errors.badRequest(`A deployment takes at most ${MAX_DNS_SERVERS} DNS servers.`);
        return [...servers, server];
      }),
    )
    .add('PUT', `${base}/:name`, (request, world) =>
      change(request, world, (servers, deployment) => {
        const name = request.params['name'] ?? '';
        const index = indexOf(deployment, name);
        if (index < 0) throw errors.dnsServerNotFound(name);
        const input = decodeBody<{ name?: string; address?: string }>(schemas.DnsServer, request);
        if (input.name !== undefined && input.name.toLowerCase() !== name.toLowerCase()) throw errors.badRequest('The Name in the body does not match the DNS server in the path.');
        servers[index] = checkServer({ name: servers[index]!.name, address: input.address });
        return servers;
      }),
    )
    .add('DELETE', `${base}/:name`, (request, world) =>
      change(request, world, (servers, deployment) => {
        const name = request.params['name'] ?? '';
        if (!NAME.test(name)) throw errors.badRequest(`The DNS server name '${name}' is invalid.`);
        const index = indexOf(deployment, name);
        if (index < 0) throw errors.dnsServerNotFound(name);
        return servers.filter((_, i) => i !== index);
      }),
    );
}
