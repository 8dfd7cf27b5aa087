// The mixed jobs of R3: what each kind asks for, how the emulator's state says it ended, and which
// requests at the emulator are its creates (or deletes). Jobs are planned as the queue hands
// messages out: a message whose handling throws is handed out again, five times at most.
import type { Job, StepState } from '../../src/jobs/index.ts';
import type { ServiceManagementClient } from '../../src/management/index.ts';
import type { Worker } from '../../src/worker/index.ts';
import type { Stack } from './harness.ts';

/** What the emulator holds once the run is over (faults cleared). */
export interface EndState {
  readonly accounts: ReadonlySet<string>;
  readonly services: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  /** Cloud services (of the VM kind) that have a deployment. */
  readonly deployed: ReadonlySet<string>;
}

export interface JobKind {
  readonly name: string;
  readonly count: number;
  /** The command for the i-th job of this kind, and the resource it is about. */
  readonly command: (resource: string) => string;
  readonly resource: (i: number) => string;
  /** Whether the emulator's state agrees with the job's end (`succeeded` or not). */
  readonly agrees: (succeeded: boolean, resource: string, state: EndState) => boolean;
  /** The request lines at the emulator that are this kind's writes (a create's POST, a delete's DELETE). */
  readonly writes: RegExp;
  /** Creates: how many resources the emulator holds that these writes made (each one served must have made one). */
  readonly made?: (state: EndState) => number;
  /** What else the writes' path carries. */
  readonly writesNote?: string;
}

const pad = (i: number) => String(i).padStart(4, '0');
const named = (names: ReadonlySet<string>, prefix: RegExp) => [...names].filter((n) => prefix.test(n)).length;

/** Storage accounts the deletes remove, and the one (in another location) the VMs' disks go to. */
export const seededAccount = (i: number) => `r3d${pad(i)}`;
export const VM_DISKS = { name: 'r3vmdisks', location: 'East US' };

export function jobKinds(counts: { storage: number; service: number; group: number; deletes: number; vm: number }): JobKind[] {
  return [
    {
      name: 'storage create', count: counts.storage, resource: (i) => `r3s${pad(i)}`, command: (r) => `storage create ${r} West US`,
      agrees: (ok, r, s) => ok === s.accounts.has(r), writes: /^POST \/[^/]+\/services\/storageservices /i,
      made: (s) => named(s.accounts, /^r3s/),
    },
    {
      name: 'service create', count: counts.service, resource: (i) => `r3c${pad(i)}`, command: (r) => `service create ${r} West US`,
      agrees: (ok, r, s) => ok === s.services.has(r), writes: /^POST \/[^/]+\/services\/hostedservices /i,
      made: (s) => named(s.services, /^r3[cv]/), writesNote: 'the VM creates\' cloud services included',
    },
    {
      name: 'affinity-group create', count: counts.group, resource: (i) => `r3g${pad(i)}`, command: (r) => `affinity-group create ${r} West US`,
      agrees: (ok, r, s) => ok === s.groups.has(r), writes: /^POST \/[^/]+\/affinitygroups /i,
      made: (s) => named(s.groups, /^r3g/),
    },
    {
      name: 'storage delete', count: counts.deletes, resource: seededAccount, command: (r) => `storage delete ${r}`,
      agrees: (ok, r, s) => ok === !s.accounts.has(r), writes: /^DELETE \/[^/]+\/services\/storageservices\/[^/ ]+ /i,
    },
    {
      // Plan reads, a generated password, the cloud service (POST hostedservices, counted with the
      // service creates' path), then the VM deployment (POST …/deployments, counted here).
      name: 'vm create', count: counts.vm, resource: (i) => `r3v${pad(i)}`, command: (r) => `vm create ${r} ${VM_DISKS.location}`,
      agrees: (ok, r, s) => ok === s.deployed.has(r), writes: /^POST \/[^/]+\/services\/hostedservices\/[^/]+\/deployments /i,
      made: (s) => s.deployed.size,
    },
  ];
}

/** Creates every job and hands its `plan` message to the worker, `concurrency` at a time; ids in the order of `texts`. */
export async function planAll(stack: Stack, worker: Worker, texts: readonly string[], concurrency: number): Promise<string[]> {
  const ids: string[] = new Array<string>(texts.length);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < texts.length) {
      const i = next++;
      const job = await stack.createJob(texts[i]!);
      ids[i] = job.id;
      for (let attempt = 1; attempt <= 5; attempt++) {
        try {
          await worker.handle({ jobId: job.id, action: 'plan' }, { dequeueCount: attempt });
          break;
        } catch {
          if (attempt === 5) await worker.handlePoison({ jobId: job.id, action: 'plan' });
        }
      }
    }
  }));
  return ids;
}

/** The emulator's state, read without faults. */
export async function readEndState(client: ServiceManagementClient, vmServices: readonly string[]): Promise<EndState> {
  const [accounts, services, groups] = await Promise.all([client.storageAccounts.list(), client.hostedServices.list(), client.affinityGroups.list()]);
  const serviceNames = new Set(services.map((s) => s.serviceName ?? ''));
  const deployed = new Set<string>();
  for (const name of vmServices.filter((n) => serviceNames.has(n))) {
    const service = await client.hostedServices.get(name, { embedDetail: true });
    if ((service.deployments ?? []).some((d) => (d.roleList ?? []).some((role) => role.roleName === name))) deployed.add(name);
  }
  return {
    accounts: new Set(accounts.map((a) => a.serviceName ?? '')),
    services: serviceNames,
    groups: new Set(groups.map((g) => g.name)),
    deployed,
  };
}

type FailedStep = Extract<StepState, { status: 'failed' }>;

/** The management client's code for a request whose connection closed before any response. */
export const DROPPED = 'ConnectionReset';
/** The plan calls that are POSTs: not sent again once their connection dropped. */
const POST_CALLS = new Set(['storageAccounts.create', 'hostedServices.create', 'affinityGroups.create', 'virtualMachines.createDeployment']);

/** Why a job failed: `<code> at <call>` of its failed step, or its own error code (a plan that failed). */
export function failureOf(job: Job): { readonly label: string; readonly code: string; readonly droppedPost: boolean } {
  const index = job.steps.findIndex((s) => s.status === 'failed');
  const step = job.steps[index] as FailedStep | undefined;
  const code = step?.error.code ?? job.error?.code ?? '?';
  const call = step ? job.plan?.steps[index]?.call ?? '?' : 'plan';
  return { label: `${code} at ${call}`, code, droppedPost: code === DROPPED && POST_CALLS.has(call) };
}
