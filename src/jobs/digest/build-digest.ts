import { fallbackText, toBlocks, type Block, type ViewDoc } from '../../commands/index.ts';
import type { Job } from '../job.ts';
import { certificateSection, changesSection, jobsSection, servicesSection, storageSection, vmsSection } from './digest-sections.ts';
import type { SnapshotChanges } from './diff-snapshots.ts';
import { countsOf } from './snapshot-codec.ts';
import type { Snapshot } from './snapshot-types.ts';
import type { DigestPeriod } from './period.ts';
import { tally } from './line-list.ts';

export interface BuildDigestInput {
  readonly channel: string;
  readonly period: DigestPeriod;
  /** The subscription now; absent when it could not be read (`snapshotError` says why). */
  readonly snapshot?: Snapshot;
  readonly snapshotError?: string;
  /** Against the previous digest's snapshot; absent for the first digest. */
  readonly changes?: SnapshotChanges;
  /** The channel's jobs since the period start (`JobStore.listRecent`). */
  readonly jobs: readonly Job[];
  /** The listing was cut at its limit: there may be more. */
  readonly jobsTruncated?: boolean;
  readonly certificateExpiresAt?: Date;
  readonly now: Date;
  /** Shown in the title, e.g. the subscription name; default the subscription id when known. */
  readonly subscription?: string;
  /** Dates are shown in this time zone (the schedule's). Default UTC. */
  readonly timeZone?: string;
  /** Small print: e.g. `daily 09:00 Europe/Berlin · next 11 Mar 2025, 09:00`. */
  readonly footer?: readonly string[];
  /** Things the reader must know first (e.g. the previous digest was not posted). */
  readonly notes?: readonly string[];
}

export interface DigestMessage {
  /** Notification and fallback text. */
  readonly text: string;
  readonly blocks: Block[];
}

/** The digest as one Slack message, within Block Kit's limits whatever the subscription's size. */
export function buildDigest(input: BuildDigestInput): DigestMessage {
  const doc = digestDoc(input);
  return { text: fallbackText(doc), blocks: toBlocks(doc) };
}

export function digestDoc(input: BuildDigestInput): ViewDoc {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: input.timeZone ?? 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
  });
  const when = (d: Date) => format.format(d);
  const certificate = certificateSection(input.certificateExpiresAt ?? expiry(input.snapshot), input.now, when);
  const { snapshot } = input;
  const sections = [
    ...(certificate ? [certificate] : []),
    ...(input.notes ?? []).map((text) => ({ title: 'Note', text })),
    ...(snapshot
      ? [servicesSection(snapshot), vmsSection(snapshot), storageSection(snapshot)]
      : [{ title: 'Resources', text: `The subscription could not be read: ${input.snapshotError ?? 'unknown error'}` }]),
    jobsSection(input.jobs, input.jobsTruncated === true),
    ...(snapshot ? [changesSection(input.changes, when)] : []),
  ];
  const counts = snapshot ? countsOf(snapshot) : undefined;
  const fields = counts && snapshot
    ? [
      { label: 'Cloud services', value: String(counts.services) },
      { label: 'Deployments', value: counts.deployments === 0 ? '0' : tally(snapshot.services.flatMap((s) => s.deployments.map((d) => d.status))) },
      { label: 'Virtual machines', value: counts.vms === 0 ? '0' : tally(snapshot.vms.map((v) => v.powerState)) },
      { label: 'Storage accounts', value: String(counts.storage) },
      { label: 'Jobs', value: String(input.jobs.length) },
    ]
    : [];
  const subscription = input.subscription ?? '';
  return {
    title: `Status digest${subscription ? ` · ${subscription}` : ''}`,
    tone: certificate || !snapshot ? 'warning' : 'info',
    text: `From ${when(input.period.start)} to ${when(input.now)}.`,
    fields,
    sections,
    context: [...(input.footer ?? [])],
  };
}

const expiry = (snapshot: Snapshot | undefined) => (snapshot?.certificateExpiresAt ? new Date(snapshot.certificateExpiresAt) : undefined);
