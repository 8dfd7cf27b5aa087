import { randomUUID } from 'node:crypto';
import { errors } from '../errors/index.ts';
import { isoSeconds, type OperationFailure } from '../operations/index.ts';
import { emptySubscription } from '../persistence/index.ts';
import { certificateDer, thumbprintOfDer } from '../pki/index.ts';
import type { FaultHits, FaultSettings } from '../server/faults.ts';
import type { EmulatorWorld } from '../server/world.ts';

export interface RegisterSubscriptionInput {
  readonly subscriptionId?: string;
  readonly name?: string;
  /** A management certificate for it: PEM, or the base64 of the DER. */
  readonly certificate?: string;
}

export interface EmulatorStatus {
  readonly subscriptions: { id: string; name: string; certificates: string[] }[];
  readonly pendingOperations: number;
  readonly operationDelayMs: number;
  readonly faults: FaultSettings | null;
  /** Requests held, dropped and failed by faults since the emulator started. */
  readonly faultHits: FaultHits;
}

/** The emulator's own controls: the `/_emulator` HTTP interface and `startEmulator().admin` both use these. */
export interface AdminApi {
  registerSubscription(input?: RegisterSubscriptionInput): { subscriptionId: string; thumbprint?: string };
  addCertificate(subscriptionId: string, certificate: string): { thumbprint: string };
  removeCertificate(subscriptionId: string, thumbprint: string): void;
  setFaults(settings: FaultSettings | undefined): void;
  clearFaults(): void;
  completePendingOperations(): number;
  failNextOperation(failure?: Partial<OperationFailure>): void;
  setOperationDelay(delayMs: number): void;
  /** Defines a virtual network site (what the network configuration would declare). */
  addVirtualNetworkSite(subscriptionId: string, site: VirtualNetworkSiteInput): void;
  status(): EmulatorStatus;
}

export interface VirtualNetworkSiteInput {
  readonly name: string;
  readonly location?: string;
  readonly affinityGroup?: string;
  readonly addressPrefixes?: readonly string[];
  readonly subnets?: readonly { readonly name: string; readonly addressPrefix: string }[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function thumbprintOfInput(certificate: string): { thumbprint: string; data: string } {
  try {
    const der = certificateDer(certificate);
    return { thumbprint: thumbprintOfDer(der), data: der.toString('base64') };
  } catch {
    throw errors.badRequest('The certificate must be a PEM certificate or the base64 of a DER certificate (.cer).');
  }
}

export function createAdminApi(world: EmulatorWorld): AdminApi {
  const subscriptionOf = (id: string) => {
    const subscription = world.state.subscriptions[id.toLowerCase()];
    if (!subscription) throw errors.subscriptionNotFound(id);
    return subscription;
  };
  const api: AdminApi = {
    registerSubscription(input = {}) {
      const id = (input.subscriptionId ?? randomUUID()).toLowerCase();
      if (!GUID.test(id)) throw errors.badRequest('A subscription id is a GUID, e.g. 00000000-0000-0000-0000-000000000000.');
      world.state.subscriptions[id] ??= emptySubscription(id, input.name ?? 'Emulated subscription', isoSeconds(world.clock.now()));
      const thumbprint = input.certificate ? api.addCertificate(id, input.certificate).thumbprint : undefined;
      world.persist();
      return { subscriptionId: id, ...(thumbprint ? { thumbprint } : {}) };
    },
    addCertificate(subscriptionId, certificate) {
      const subscription = subscriptionOf(subscriptionId);
      const { thumbprint, data } = thumbprintOfInput(certificate);
      subscription.certificates[thumbprint] ??= { thumbprint, data, created: isoSeconds(world.clock.now()) };
      world.persist();
      return { thumbprint };
    },
    removeCertificate(subscriptionId, thumbprint) {
      const subscription = subscriptionOf(subscriptionId);
      if (!subscription.certificates[thumbprint.toUpperCase()]) throw errors.certificateNotFound();
      delete subscription.certificates[thumbprint.toUpperCase()];
      world.persist();
    },
    setFaults(settings) {
      try {
        world.faults.set(settings);
      } catch (error) {
        throw errors.badRequest(error instanceof Error ? error.message : String(error));
      }
    },
    clearFaults() {
      world.faults.set(undefined);
    },
    completePendingOperations() {
      const count = world.engine.completeAll();
      world.persist();
      return count;
    },
    failNextOperation(failure) {
      world.engine.failNextOperation(failure);
    },
    setOperationDelay(delayMs) {
      if (!Number.isFinite(delayMs) || delayMs < 0) throw errors.badRequest('The operation delay is a number of milliseconds, 0 or more.');
      world.engine.delayMs = delayMs;
    },
    addVirtualNetworkSite(subscriptionId, site) {
      const subscription = subscriptionOf(subscriptionId);
      if (!site?.name) throw errors.badRequest('A virtual network site needs a name.');
      subscription.virtualNetworkSites ??= {};
      subscription.virtualNetworkSites[site.name.toLowerCase()] = {
        name: site.name,
        id: randomUUID(),
        ...(site.location ? { location: site.location } : {}),
        ...(site.affinityGroup ? { affinityGroup: site.affinityGroup } : {}),
        addressPrefixes: [...(site.addressPrefixes ?? ['10.0.0.0/16'])],
        subnets: (site.subnets ?? [{ name: 'Subnet-1', addressPrefix: '10.0.0.0/24' }]).map((subnet) => ({ ...subnet })),
      };
      world.persist();
    },
    status() {
      return {
        subscriptions: Object.values(world.state.subscriptions).map((s) => ({ id: s.id, name: s.name, certificates: Object.keys(s.certificates) })),
        pendingOperations: world.engine.pendingIds().length,
        operationDelayMs: world.engine.delayMs,
        faults: world.faults.settings ?? null,
        faultHits: world.faults.hits,
      };
    },
  };
  return api;
}
