import type { OperationEngine, Clock } from '../operations/index.ts';
import type { EmulatorState } from '../persistence/index.ts';
import type { FaultController } from './faults.ts';

export interface VmBehaviour {
  /** How long a created VM's instance shows RoleStateUnknown, CreatingVM, Provisioning before ReadyRole. */
  readonly provisioningMs: number;
  /** Deployments carry a PersistentVMDowntime window. */
  readonly persistentVmDowntime: boolean;
}

/** What handlers work with: the state, the clock, the operation engine, and how to reach the outside. */
export interface EmulatorWorld {
  readonly state: EmulatorState;
  readonly clock: Clock;
  readonly engine: OperationEngine;
  readonly faults: FaultController;
  /** Thumbprints allowed to use `/_emulator` (the demo management certificate and any added). */
  readonly adminThumbprints: Set<string>;
  /** The emulator's own base URL (`https://127.0.0.1:8443`), known once it listens. */
  baseUrl: string;
  /** Aborted when the emulator closes: what waits on its own (injected latency) stops waiting. */
  readonly stopping: AbortSignal;
  /** How VM deployments look while they come up (see StartEmulatorOptions). */
  readonly vms: VmBehaviour;
  persist(): void;
  log(message: string): void;
}
