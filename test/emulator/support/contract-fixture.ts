import { readFileSync } from 'node:fs';
import { ManagementCertificate, ServiceManagementClient } from '../../../src/management/index.ts';
import type { StartEmulatorOptions } from '../../../src/emulator/index.ts';
import { startTestEmulator, type TestEmulator } from './emulator-fixture.ts';

export interface ContractFixture {
  readonly t: TestEmulator;
  readonly client: ServiceManagementClient;
  /** Waits for an accepted operation with short polls. */
  wait(operation: { requestId: string }): Promise<unknown>;
  close(): Promise<void>;
}

/** The real management core, authenticated with the emulator's demo certificate, over mutual TLS. */
export async function startContract(options: StartEmulatorOptions = {}): Promise<ContractFixture> {
  const t = await startTestEmulator(options);
  const client = new ServiceManagementClient({
    subscriptionId: t.emulator.subscriptionId,
    certificate: ManagementCertificate.fromPem(readFileSync(t.emulator.certFile, 'utf8')),
    endpoint: t.emulator.url,
    ca: t.ca,
    retry: { maxRetries: 0 },
  });
  return {
    t,
    client,
    wait: (operation) => client.operations.wait(operation.requestId, { intervalMs: 10, timeoutMs: 30_000 }),
    async close() {
      await client.close();
      await t.close();
    },
  };
}
