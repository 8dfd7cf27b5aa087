import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Graph { readonly reached: readonly string[]; readonly importedBy: Readonly<Record<string, readonly string[]>> }

// The graph of a fresh process is what a cold start pays for, so this spawns one per graph.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
function graphOf(...modules: string[]): Graph {
  const output = execFileSync(process.execPath, [
    '--disable-warning=ExperimentalWarning', '--import', here('./support/record-modules.ts'), here('./support/print-module-graph.ts'), ...modules,
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Graph;
}

// Loading the function, parsing, helping with and previewing every example of the catalog, then
// answering a new job and a refusal through the function (storage unreachable).
const ack = graphOf(here('../../functions/slack.ts'), here('./support/exercise-ack-path.ts'), here('./support/answer-slash-commands.ts'));
const packages = (graph: Graph) => graph.reached.filter((name) => !name.startsWith('src/'));

test('the acknowledgement path reaches Bolt and the light parts of src, not the management core, Key Vault, identity or storage clients', () => {
  assert.ok(ack.reached.includes('@slack/bolt') && ack.reached.includes('src/slack') && ack.reached.includes('src/commands'), `reached: ${ack.reached.join(', ')}`);
  for (const heavy of [
    'src/management', 'src/wire', 'src/emulator', 'src/certificates', 'src/cli', 'src/local',
    '@azure/keyvault-secrets', '@azure/identity', '@azure/data-tables', '@azure/storage-queue', 'fast-xml-parser', 'saxes', 'node-forge',
  ]) {
    assert.ok(!ack.reached.includes(heavy), `${heavy} is on the acknowledgement path`);
  }
});

test('undici is reached only through Bolt (its Socket Mode client), never from src', () => {
  // Bolt's index loads every receiver, Socket Mode's included, so a bare Bolt app pays for undici too.
  assert.deepEqual(ack.importedBy.undici, ['@slack/socket-mode']);
});

test('beyond what Bolt itself loads, the function adds only the Functions library and src', () => {
  const bolt = new Set(packages(graphOf(here('./support/load-bolt.ts'))));
  assert.ok(bolt.has('@slack/bolt') && bolt.size > 10, `bare Bolt reached: ${[...bolt].join(', ')}`);
  assert.deepEqual(packages(ack).filter((name) => !bolt.has(name)), ['@azure/functions', '@azure/functions-extensions-base']);
});
