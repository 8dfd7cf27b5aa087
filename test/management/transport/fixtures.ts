// Shared set-up of the transport tests: a scripted mutual-TLS server and a transport pointed at it.
import type { TestContext } from 'node:test';
import { ManagementCertificate } from '../../../src/management/credentials/index.ts';
import { Transport, type Sleep, type TransportOptions } from '../../../src/management/transport/index.ts';
import { startScriptedServer, type Responder, type ScriptedResponse, type ScriptedServer, type ScriptedServerOptions } from '../../helpers/https-server.ts';
import { getTestPki, toPem, type TestIdentity } from '../../helpers/pki.ts';

export const SUBSCRIPTION_ID = '00000000-1111-4222-8333-444444444444';
export const pki = getTestPki();

const certificates = new Map<TestIdentity, ManagementCertificate>();
export function certificateOf(identity: TestIdentity = pki.client): ManagementCertificate {
  let certificate = certificates.get(identity);
  if (certificate === undefined) {
    certificate = ManagementCertificate.fromPem(toPem(identity));
    certificates.set(identity, certificate);
  }
  return certificate;
}

export async function serverFor(t: TestContext, respond: Responder | ScriptedResponse[], options: Partial<ScriptedServerOptions> = {}): Promise<ScriptedServer> {
  const server = await startScriptedServer({ certPem: pki.server.certPem, keyPem: pki.server.keyPem, caPem: pki.ca.certPem, respond, ...options });
  t.after(() => server.close());
  return server;
}

/** A sleep that records the delays it was asked for and returns at once. */
export function recordingSleep(): { sleep: Sleep; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => { delays.push(ms); } };
}

export function transportFor(t: TestContext, endpoint: string, overrides: Partial<TransportOptions> = {}): Transport {
  const transport = new Transport({
    endpoint,
    subscriptionId: SUBSCRIPTION_ID,
    certificate: certificateOf(),
    ca: pki.ca.certPem,
    random: () => 0.5,
    ...overrides,
  });
  t.after(() => transport.close());
  return transport;
}
