import type { Job, JobStatus } from '../job.ts';
import type { ViewDoc } from '../../commands/index.ts';
import type { SnapshotChanges, StateChange } from './diff-snapshots.ts';
import { fitLines, plural, tally } from './line-list.ts';
import type { Snapshot } from './snapshot-types.ts';

type ViewSection = NonNullable<ViewDoc['sections']>[number];

const DAY_MS = 86_400_000;
export const CERTIFICATE_WARNING_DAYS = 30;

export function certificateSection(expiresAt: Date | undefined, now: Date, when: (d: Date) => string): ViewSection | undefined {
  if (expiresAt === undefined) return undefined;
  const days = Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS);
  if (days > CERTIFICATE_WARNING_DAYS) return undefined;
  const fix = 'Upload a new management certificate to the subscription and to Key Vault, so commands and digests keep working.';
  const text = days <= 0
    ? `:warning: The management certificate expired on ${when(expiresAt)}. ${fix}`
    : `:warning: The management certificate expires on ${when(expiresAt)} (in ${plural(days, 'day')}). ${fix}`;
  return { title: 'Management certificate', text };
}

export function servicesSection(snapshot: Snapshot): ViewSection {
  const lines = snapshot.services.map((s) => {
    const where = s.location ? ` (${s.location})` : '';
    const deployments = s.deployments.map((d) => {
      const instances = tally(Object.entries(d.instances).flatMap(([state, n]) => Array<string>(n).fill(state)));
      return `${d.slot} \`${d.name}\` ${d.status}${instances ? ` · ${instances}` : ''}`;
    });
    return `\`${s.name}\`${where}: ${deployments.length > 0 ? deployments.join('; ') : 'no deployments'}`;
  });
  const all = snapshot.services.flatMap((s) => s.deployments.map((d) => d.status));
  const text = lines.length === 0
    ? 'No cloud services.'
    : fitLines(lines, (n) => `… and ${plural(n, 'more cloud service')} (deployments in all: ${tally(all) || 'none'})`);
  return { title: `Cloud services (${snapshot.services.length})`, text };
}

export function vmsSection(snapshot: Snapshot): ViewSection {
  // Stopped and changing VMs first: they are what a reader looks for.
  const order = (state: string) => (state === 'Started' ? 1 : 0);
  const vms = [...snapshot.vms].sort((a, b) => order(a.powerState) - order(b.powerState));
  const lines = vms.map((v) => `\`${v.name}\` (${v.service}): ${v.powerState}`);
  const text = lines.length === 0
    ? 'No virtual machines.'
    : fitLines(lines, (n) => `… and ${plural(n, 'more VM')} (in all: ${tally(snapshot.vms.map((v) => v.powerState))})`);
  return { title: `Virtual machines (${snapshot.vms.length})`, text };
}

export function storageSection(snapshot: Snapshot): ViewSection {
  const lines = snapshot.storage.map((a) => {
    const facts = [a.location, a.status].filter((f) => f !== undefined && f !== '');
    return `\`${a.name}\`${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
  });
  const text = lines.length === 0 ? 'No storage accounts.' : fitLines(lines, (n) => `… and ${plural(n, 'more storage account')}`);
  return { title: `Storage accounts (${snapshot.storage.length})`, text };
}

const JOB_GROUPS: readonly { readonly label: string; readonly statuses: readonly JobStatus[]; readonly listed: boolean }[] = [
  { label: 'failed', statuses: ['failed'], listed: true },
  { label: 'awaiting approval', statuses: ['awaiting-approval'], listed: true },
  { label: 'waiting', statuses: ['waiting'], listed: true },
  { label: 'in progress', statuses: ['planned', 'approved', 'running'], listed: true },
  { label: 'succeeded', statuses: ['succeeded'], listed: true },
  { label: 'not run', statuses: ['denied', 'expired', 'cancelled'], listed: false },
];

export function jobsSection(jobs: readonly Job[], truncated: boolean): ViewSection {
  if (jobs.length === 0) return { title: 'Jobs this period', text: 'No jobs this period.' };
  const counts = JOB_GROUPS.map((g) => ({ ...g, jobs: jobs.filter((j) => g.statuses.includes(j.status)) })).filter((g) => g.jobs.length > 0);
  const summary = `${counts.map((g) => `${g.jobs.length} ${g.label}`).join(' · ')}${truncated ? ' (the most recent only)' : ''}`;
  const lines = counts.filter((g) => g.listed).flatMap((g) => g.jobs.map((j) => jobLine(j, g.label)));
  return { title: `Jobs this period (${jobs.length}${truncated ? '+' : ''})`, text: `${summary}\n${fitLines(lines, (n) => `… and ${plural(n, 'more job')}`, 2_200)}` };
}

function jobLine(job: Job, label: string): string {
  const error = job.error ?? job.steps.flatMap((s) => (s.status === 'failed' ? [s.error] : []))[0];
  return `${label}: \`${job.command}\` by ${job.requester}${error ? ` — ${error.code}: ${error.message}` : ''}`;
}

export function changesSection(changes: SnapshotChanges | undefined, when: (d: Date) => string): ViewSection {
  const title = 'Changed since the last digest';
  if (changes === undefined) return { title, text: 'Nothing to compare with yet: the next digest will show what changed since this one.' };
  const since = when(new Date(changes.since));
  if (changes.coarse) {
    const { before: b, after: a, changed } = changes.coarse;
    const counts = `cloud services ${b.services} → ${a.services}, deployments ${b.deployments} → ${a.deployments}, VMs ${b.vms} → ${a.vms}, storage accounts ${b.storage} → ${a.storage}`;
    return { title, text: `${changed ? 'Something changed' : 'Nothing changed'} since ${since} (this subscription is too large to keep names: ${counts}).` };
  }
  const state = (c: StateChange) => `${c.kind} \`${c.name}\`: ${c.from ? `${c.from} → ` : 'now '}${c.to}`;
  const lines = [
    ...changes.appeared.map((r) => `+ ${r.kind} \`${r.name}\` appeared`),
    ...changes.disappeared.map((r) => `− ${r.kind} \`${r.name}\` disappeared`),
    ...(changes.unnamedDisappeared > 0 ? [`− ${plural(changes.unnamedDisappeared, 'resource')} disappeared (names not kept for a subscription this large)`] : []),
    ...changes.vmStates.map(state),
    ...changes.deploymentStatuses.map(state),
  ];
  if (lines.length === 0) return { title, text: `No changes since ${since}.` };
  const counts = `${changes.appeared.length} appeared, ${changes.disappeared.length + changes.unnamedDisappeared} disappeared, ${changes.vmStates.length + changes.deploymentStatuses.length} changed state`;
  return { title, text: `Since ${since}: ${counts}\n${fitLines(lines, (n) => `… and ${plural(n, 'more change')}`, 2_200)}` };
}
