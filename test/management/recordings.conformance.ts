// Conformance with the real service: every recorded request the core can make is replayed through
// the real client over mutual TLS; the request must equal the recorded one and the recorded answer
// must read into the models with the values a person would check.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManagementCertificate, ServiceManagementClient, isManagementError } from '../../src/management/index.ts';
import { getTestPki, toPem } from '../helpers/pki.ts';
import { canonicalXml, xmlText } from './replay/canonical-xml.ts';
import { loadRecordings, RECORDED_SUBSCRIPTION, recordingsDir } from './replay/recordings.ts';
import { startReplayServer, type ReplayServer } from './replay/replay-server.ts';
import { findRoute } from './replay/routes.ts';
import { provenInDocs, unproven } from '../conformance/guard.ts';

const recordings = loadRecordings();
const pki = getTestPki();

describe('replay of the recordings of the live service', { skip: recordings.length === 0 && `no recordings in ${recordingsDir()}` }, () => {
  let server: ReplayServer;
  let client: ServiceManagementClient;
  const proven = new Map<string, Set<string>>();

  before(async () => {
    server = await startReplayServer(pki, RECORDED_SUBSCRIPTION);
    client = new ServiceManagementClient({
      subscriptionId: RECORDED_SUBSCRIPTION,
      certificate: ManagementCertificate.fromPem(toPem(pki.client)),
      endpoint: server.url,
      ca: pki.ca.certPem,
      retry: { maxRetries: 0 },
    });
  });

  after(async () => {
    await client.close();
    await server.close();
    const lines = [...proven].sort(([a], [b]) => a.localeCompare(b)).map(([op, files]) => `${op}: ${[...files].join(', ')}`);
    process.stdout.write(`# operations proven against recordings:\n${lines.map((line) => `#   ${line}`).join('\n')}\n`);
  });

  for (const recording of recordings) {
    const covered = recording.interactions.filter((interaction) => findRoute(interaction.method, interaction.path));
    test(recording.name, { skip: covered.length === 0 && 'no operation of the management core in this recording' }, async () => {
      for (const [index, interaction] of recording.interactions.entries()) {
        const found = findRoute(interaction.method, interaction.path);
        if (found === undefined) continue; // an operation outside the core (certificates, reserved IPs…)
        const where = `${recording.name} #${index} ${interaction.method} ${interaction.path}`;
        const before = server.received.length;
        server.play([interaction]);
        let result: unknown;
        let failure: unknown;
        try {
          result = await found.route.call(client, found.params, interaction.requestBody);
        } catch (error) {
          failure = error;
        }
        assert.equal(server.received.length, before + 1, `${where}: the client sent exactly one request`);
        const sent = server.received[before]!;
        assert.equal(sent.method, interaction.method, where);
        assert.equal(sent.path, interaction.path, `${where}: path and query`);
        assert.equal(sent.headers['x-ms-version'], interaction.xmsVersion, `${where}: x-ms-version`);
        assert.ok(sent.clientCertificatePresented, `${where}: client certificate presented`);
        if (interaction.requestBody !== undefined) {
          assert.equal(canonicalXml(sent.body), canonicalXml(interaction.requestBody), `${where}: request body`);
          assert.equal(sent.headers['content-type'], 'application/atom+xml;type=entry;charset=utf-8', `${where}: content type`);
        }
        if (interaction.status >= 300) {
          assert.ok(isManagementError(failure), `${where}: a service error rejects with a ManagementError`);
          assert.equal(failure.statusCode, interaction.status, where);
          assert.equal(failure.code, xmlText(interaction.responseBody, 'Code'), where);
          assert.match(failure.message, new RegExp(escapeRegExp(xmlText(interaction.responseBody, 'Message') ?? '')), where);
          assert.equal(failure.requestId, interaction.headers['x-ms-request-id'], where);
        } else {
          if (failure !== undefined) throw failure;
          found.route.check?.(result, interaction.responseBody);
        }
        const files = proven.get(found.route.operation) ?? new Set<string>();
        files.add(recording.name.replace(/^test_legacy_mgmt_/, ''));
        proven.set(found.route.operation, files);
      }
    });
  }

  // Runs after every recording above (tests in a suite run in order).
  test('every operation docs/conformance.md lists as proven was exercised by this replay', () => {
    assert.deepEqual(unproven(provenInDocs(), proven), []);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
