import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { managementRoutes } from '../../src/emulator/handlers/index.ts';
import { parseTarget } from '../../src/emulator/server/request-context.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator } from './support/emulator-fixture.ts';
import { loadRecordings, recordingsDir, type RecordedInteraction, type Recording } from './support/recordings.ts';
import { rootName, shapeDifferences, topLevelCount } from './support/xml-shape.ts';

/*
 * Fidelity against the real service: each recording whose every request the emulator serves is
 * replayed, in order, against a fresh emulator; status codes and the XML element paths and order
 * must match the recorded responses (values may differ). Operations finish exactly where the
 * recording shows them finished (before their last poll), never earlier because time passed:
 * a request the service answered while an operation ran sees it running here too.
 */

const LIST_ROOTS = new Set([
  'HostedServices', 'StorageServices', 'AffinityGroups', 'Locations', 'RoleSizes', 'OperatingSystems',
  'OperatingSystemFamilies', 'Images', 'VMImages', 'SubscriptionCertificates', 'Certificates', 'ReservedIPs',
  'ResourceExtensions', 'SubscriptionOperationCollection',
]);
/** Resources the live test subscription had that a fresh emulator has under another name. */
const SUBSTITUTIONS: readonly [string, string][] = [['unittest-donotdelete-ubuntu1404', 'c290a6b031d841e09f2da759bbabe71f__Oracle-Linux-6-12-2014']];
const OPERATION_PATH = /\/operations\/([0-9a-f]{32})$/;

const routes = managementRoutes();
const substitute = (text: string) => SUBSTITUTIONS.reduce((result, [from, to]) => result.split(from).join(to), text);

function uncovered(recording: Recording): string | undefined {
  for (const interaction of recording.interactions) {
    const { segments } = parseTarget(interaction.target);
    const match = routes.match(interaction.method, segments.slice(1));
    if (match === undefined || match === 'methodNotAllowed') return `${interaction.method} ${interaction.target.replace(/^\/[^/]+/, '')}`;
  }
  return undefined;
}

/**
 * The operation log of a fresh emulator is empty for the recorded window (2015): nothing to compare
 * there. test/emulator/subscription-operations.test.ts compares a filled log with the recorded shape.
 */
const emptyOperationLog = (text: string) => rootName(text) === 'SubscriptionOperationCollection' && !text.includes('<SubscriptionOperation>');

function compare(actual: { status: number; text: string }, candidates: readonly RecordedInteraction[]): string[] {
  if (actual.status === 200 && emptyOperationLog(actual.text)) return [];
  const sameStatus = candidates.filter((candidate) => candidate.status === actual.status);
  if (sameStatus.length === 0) return [`status ${actual.status}, recorded ${[...new Set(candidates.map((c) => c.status))].join('/')}`];
  let best: string[] | undefined;
  for (const candidate of sameStatus) {
    const root = rootName(candidate.responseBody);
    const differences = shapeDifferences(actual.text, candidate.responseBody, !LIST_ROOTS.has(root));
    if (LIST_ROOTS.has(root) && topLevelCount(candidate.responseBody) > 0 && topLevelCount(actual.text) === 0) differences.push(`${root}: empty list`);
    if (!best || differences.length < best.length) best = differences;
  }
  return best ?? [];
}

async function replay(recording: Recording): Promise<string[]> {
  const subscriptionId = parseTarget(recording.interactions[0]?.target ?? '/').segments[0] ?? '';
  const t = await startTestEmulator({ operationDelayMs: HELD_OPERATION_DELAY_MS });
  const problems: string[] = [];
  try {
    t.emulator.admin.registerSubscription({ subscriptionId, certificate: t.clientPem });
    const ids = new Map<string, string>();
    const lastPoll = new Map<string, number>();
    recording.interactions.forEach((interaction, index) => {
      const id = OPERATION_PATH.exec(interaction.target.split('?')[0] ?? '')?.[1];
      if (id) lastPoll.set(id, index);
    });
    for (const [index, interaction] of recording.interactions.entries()) {
      let target = substitute(interaction.target);
      const recordedId = OPERATION_PATH.exec(interaction.target.split('?')[0] ?? '')?.[1];
      if (recordedId) {
        const mine = ids.get(recordedId) ?? recordedId;
        target = target.replace(recordedId, mine);
        if (lastPoll.get(recordedId) === index) t.emulator.admin.completePendingOperations();
      }
      const response = await t.send(interaction.method, target, {
        absolute: true,
        body: substitute(interaction.body),
        version: interaction.version ?? null,
      });
      const requestId = response.headers['x-ms-request-id'] ?? '';
      if (!/^[0-9a-f]{32}$/.test(requestId)) problems.push(`#${index} ${interaction.method} ${target}: no x-ms-request-id`);
      const recordedRequestId = interaction.responseHeaders['x-ms-request-id'];
      if (recordedRequestId) ids.set(recordedRequestId, requestId);
      if (interaction.responseHeaders['location'] && !response.headers['location']) problems.push(`#${index} ${interaction.method} ${target}: no Location header`);
      const candidates = recording.interactions.filter((other) => other.method === interaction.method && other.target === interaction.target);
      for (const difference of compare(response, candidates)) problems.push(`#${index} ${interaction.method} ${target}: ${difference}`);
    }
  } finally {
    await t.close();
  }
  return problems;
}

const dir = recordingsDir();
describe('fidelity: the emulator answers like the recorded service', { skip: existsSync(dir) ? false : `no recordings at ${dir}` }, () => {
  for (const recording of loadRecordings(dir)) {
    const missing = uncovered(recording);
    it(recording.name, { skip: missing ? `not emulated: ${missing}` : false }, async () => {
      assert.deepEqual(await replay(recording), []);
    });
  }
});
