import type { Snapshot, SnapshotService } from '../../../../src/jobs/digest/index.ts';

/**
 * A large subscription, made up: `services` cloud services, each with a VM deployment in production
 * (two VMs, every seventh stopped) and, when `staging`, a package deployment in staging; plus storage accounts.
 */
export function syntheticSnapshot(services: number, options: { readonly staging?: boolean; readonly storage?: number; readonly takenAt?: string } = {}): Snapshot {
  const list = Array.from({ length: services }, (_, i): SnapshotService => {
    const name = `svc-${String(i).padStart(4, '0')}-production-web`;
    return {
      name, location: 'West Europe',
      deployments: [
        { name: `${name}-vms`, slot: 'production', status: 'Running', instances: { ReadyRole: 2 }, vm: true },
        ...(options.staging ? [{ name: `${name}-stage`, slot: 'staging', status: i % 5 === 0 ? 'Suspended' : 'Running', instances: { ReadyRole: 3, BusyRole: 1 }, vm: false }] : []),
      ],
    };
  });
  return {
    version: 1,
    takenAt: options.takenAt ?? '2025-03-10T08:00:00.000Z',
    services: list,
    vms: list.flatMap((s, i) => [0, 1].map((n) => ({ service: s.name, deployment: `${s.name}-vms`, name: `vm${n}`, powerState: (i + n) % 7 === 0 ? 'Stopped' : 'Started' }))),
    storage: Array.from({ length: options.storage ?? 100 }, (_, i) => ({ name: `store${String(i).padStart(4, '0')}`, location: 'West Europe', status: 'Created' })),
  };
}
