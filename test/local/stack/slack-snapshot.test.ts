import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SlackSimState } from '../../../src/local/slack/index.ts';
import { keepWorkspace, restoreWorkspace } from '../../../src/local/stack/slack-snapshot.ts';
import { OPS_CHANNEL, PEOPLE, seedWorkspace } from '../../../src/local/stack/workspace.ts';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
const fresh = () => {
  const state = new SlackSimState();
  seedWorkspace(state);
  return state;
};

test('the channel\'s messages, threads, edits and ephemeral messages survive a restart', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sim-snap-'));
  dirs.push(dir);
  const file = join(dir, 'slack', 'workspace.json');
  const before = fresh();
  const kept = keepWorkspace(before, file, 10);
  const card = before.post({ channel: OPS_CHANNEL.id, user: before.identity.botUserId, text: 'card', bot: true });
  before.post({ channel: OPS_CHANNEL.id, user: before.identity.botUserId, text: 'done', bot: true, thread_ts: card.ts });
  before.update(card, { text: 'card (approved)', by: before.identity.botUserId });
  before.postEphemeral({ channel: OPS_CHANNEL.id, user: PEOPLE.alice.id, text: 'only alice' });
  await kept.stop();
  const after = fresh();
  assert.equal(await restoreWorkspace(after, file), 2);
  assert.deepEqual(after.thread(OPS_CHANNEL.id, card.ts)?.map((m) => m.text), ['card (approved)', 'done']);
  assert.ok(after.message(OPS_CHANNEL.id, card.ts)?.edited);
  assert.deepEqual(after.ephemeralsFor(PEOPLE.alice.id).map((e) => e.text), ['only alice']);
  assert.ok(Number(after.nextTs()) >= Number(card.ts));
});

test('no snapshot, or an unreadable one, is a fresh workspace', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sim-snap-'));
  dirs.push(dir);
  const state = fresh();
  assert.equal(await restoreWorkspace(state, join(dir, 'none.json')), 0);
  await writeFile(join(dir, 'bad.json'), '{"version":1,"messages":');
  assert.equal(await restoreWorkspace(state, join(dir, 'bad.json')), 0);
  assert.equal(state.channelHistory(OPS_CHANNEL.id).length, 0);
});
