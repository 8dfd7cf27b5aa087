import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAdminApi, adminRoutes, managementRoutes, transitions, type AdminApi, type RegisterSubscriptionInput } from './handlers/index.ts';
import { OperationEngine, isoSeconds, systemClock, type Clock } from './operations/index.ts';
import { FileStore, MemoryStore, emptyState, emptySubscription, type EmulatorState, type StateStore } from './persistence/index.ts';
import { CLIENT_PFX_PASSWORD, loadOrCreateCredentials, writePublishSettings } from './pki/index.ts';
import { FaultController, type FaultSettings } from './server/faults.ts';
import { listen } from './server/https-listener.ts';
import { createPipeline } from './server/pipeline.ts';
import type { EmulatorWorld } from './server/world.ts';

export interface StartEmulatorOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** Port; 0 picks a free one. Default 8443. */
  readonly port?: number;
  /** Where credentials (and, unless in memory, state) are kept. Default `.local/emulator`, or a temporary directory when `inMemory`. */
  readonly dataDir?: string;
  /** Keep resources in memory only (credentials are still written, they are files clients read). */
  readonly inMemory?: boolean;
  /** How long asynchronous operations stay InProgress. Default 2000. */
  readonly operationDelayMs?: number;
  /** The demo subscription's id (default: one generated on first start). */
  readonly subscriptionId?: string;
  /** More subscriptions (and their management certificates) to register at start. */
  readonly subscriptions?: readonly RegisterSubscriptionInput[];
  /** Faults active from the start (see docs/emulator.md). */
  readonly faults?: FaultSettings;
  /** Log lines (requests, TLS failures). Default: none. */
  readonly log?: (line: string) => void;
  readonly clock?: Clock;
  /**
   * How long a VM whose create operation succeeded takes to come up: its instance shows
   * RoleStateUnknown, CreatingVM, then Provisioning (a third of the time each) before ReadyRole,
   * as the service's do. Default 0: ReadyRole as soon as the create succeeds.
   */
  readonly vmProvisioningMs?: number;
  /** Deployments report a PersistentVMDowntime window (the recordings have none). Default false. */
  readonly persistentVmDowntime?: boolean;
}

export interface RunningEmulator {
  readonly url: string;
  /** The demo subscription, registered with the demo management certificate. */
  readonly subscriptionId: string;
  /** PEM of the CA that issued the server certificate: trust it to reach the emulator. */
  readonly caFile: string;
  /** PEM with the demo management certificate and its private key. */
  readonly certFile: string;
  /** PKCS#12 of the demo management certificate; password `pfxPassword` (empty). */
  readonly pfxFile: string;
  readonly pfxPassword: string;
  /** DER of the demo management certificate (what the portal uploads). */
  readonly cerFile: string;
  /** `.publishsettings` (schema 2.0) for the demo subscription and this URL. */
  readonly publishSettingsFile: string;
  readonly dataDir: string;
  readonly admin: AdminApi;
  close(): Promise<void>;
}

const DEMO_SUBSCRIPTION_NAME = 'Emulator demo subscription';

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function demoSubscriptionId(state: EmulatorState, thumbprint: string, requested: string | undefined, clock: Clock): string {
  if (requested) return requested.toLowerCase();
  const existing = Object.values(state.subscriptions).find((s) => s.name === DEMO_SUBSCRIPTION_NAME && s.certificates[thumbprint]);
  if (existing) return existing.id;
  const id = crypto.randomUUID();
  state.subscriptions[id] = emptySubscription(id, DEMO_SUBSCRIPTION_NAME, isoSeconds(clock.now()));
  return id;
}

/** Starts the emulator: credentials, state, the HTTPS listener; resolves once it accepts connections. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const temporary = options.inMemory && !options.dataDir ? mkdtempSync(join(tmpdir(), 'asm-emulator-')) : undefined;
  const dataDir = resolve(temporary ?? options.dataDir ?? '.local/emulator');
  mkdirSync(dataDir, { recursive: true });
  const credentials = loadOrCreateCredentials(dataDir, new Date(clock.now()));
  const store: StateStore = options.inMemory ? new MemoryStore() : new FileStore(join(dataDir, 'state.json'));
  const state = store.load() ?? emptyState();

  const engine: OperationEngine = new OperationEngine({
    state: () => state,
    clock,
    transitions,
    delayMs: options.operationDelayMs ?? 2000,
    persist: () => store.save(state),
    log,
  });
  const stopping = new AbortController();
  const world: EmulatorWorld = {
    state,
    clock,
    engine,
    faults: new FaultController(),
    adminThumbprints: new Set([credentials.clientThumbprint]),
    baseUrl: '',
    stopping: stopping.signal,
    vms: { provisioningMs: Math.max(0, options.vmProvisioningMs ?? 0), persistentVmDowntime: options.persistentVmDowntime === true },
    persist: () => store.save(state),
    log,
  };
  const admin = createAdminApi(world);
  const subscriptionId = demoSubscriptionId(state, credentials.clientThumbprint, options.subscriptionId, clock);
  admin.registerSubscription({ subscriptionId, name: DEMO_SUBSCRIPTION_NAME, certificate: credentials.client.certPem });
  for (const subscription of options.subscriptions ?? []) admin.registerSubscription(subscription);
  if (options.faults) admin.setFaults(options.faults);

  const host = options.host ?? '127.0.0.1';
  const listener = await listen(
    { certPem: credentials.server.certPem, keyPem: credentials.server.keyPem, host, port: options.port ?? 8443 },
    createPipeline(world, managementRoutes(), adminRoutes(admin)),
    log,
  );
  world.baseUrl = `https://${urlHost(host)}:${listener.port}`;
  const resumed = engine.resume();
  if (resumed > 0) log(`resumed ${resumed} operation(s) left in progress`);
  store.save(state);
  const publishSettingsFile = writePublishSettings(dataDir, {
    subscriptionId,
    subscriptionName: DEMO_SUBSCRIPTION_NAME,
    url: world.baseUrl,
    pfxFile: credentials.pfxFile,
  });

  let closed = false;
  return {
    url: world.baseUrl,
    subscriptionId,
    caFile: credentials.caFile,
    certFile: credentials.certFile,
    pfxFile: credentials.pfxFile,
    pfxPassword: CLIENT_PFX_PASSWORD,
    cerFile: credentials.cerFile,
    publishSettingsFile,
    dataDir,
    admin,
    async close() {
      if (closed) return;
      closed = true;
      stopping.abort();
      engine.close();
      await listener.close();
      store.save(state);
      store.close();
      if (temporary) rmSync(temporary, { recursive: true, force: true });
    },
  };
}
