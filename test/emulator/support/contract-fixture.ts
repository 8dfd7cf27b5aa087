import { readFileSync } from 'node:fs';
import { ManagementCertificate, ServiceManagementClient } from '../../../src/management/index.ts';
import type { StartEmulatorOptions } from '../../../src/emulator/index.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator, type TestEmulator } from './emulator-fixture.ts';

export interface ContractFixture {
  readonly t: TestEmulator;
  readonly client: ServiceManagementClient;
  /** Finishes the pending operations now, then reads the outcome the client's way (throws when Failed). */
  wait(operation: { requestId: string }): Promise<unknown>;
  close(): Promise<void>;
}

/** The real management core (operations held until `wait` finishes them), authenticated with the emulator's demo certificate, over mutual TLS. */
export async function startContract(options: StartEmulatorOptions = {}): Promise<ContractFixture> {
  const t = await startTestEmulator({ operationDelayMs: HELD_OPERATION_DELAY_MS, ...options });
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
    wait(operation) {
      t.emulator.admin.completePendingOperations();
      return client.operations.wait(operation.requestId, { intervalMs: 10, timeoutMs: 60_000 });
    },
    async close() {
      await client.close();
      await t.close();
    },
  };
}
