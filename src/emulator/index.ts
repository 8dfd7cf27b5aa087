export { startEmulator, type StartEmulatorOptions, type RunningEmulator } from './start-emulator.ts';
export type { AdminApi, EmulatorStatus, RegisterSubscriptionInput } from './handlers/index.ts';
export type { FaultHits, FaultSettings } from './server/faults.ts';
export type { OperationFailure } from './operations/index.ts';
export { CLIENT_PFX_PASSWORD, issueCa, issueServerCertificate, type IssuedCertificate } from './pki/index.ts';
