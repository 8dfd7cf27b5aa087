import { keepSnapshot, readSnapshot } from './snapshot-file.ts';
import type { SimEphemeral, SimMessage, SlackSimState } from '../slack/index.ts';

interface Snapshot {
  readonly version: 1;
  readonly messages: Record<string, SimMessage[]>;
  readonly ephemerals: SimEphemeral[];
}

/** Puts back the channels' messages of an earlier run (a missing or unreadable file: a fresh workspace). */
export async function restoreWorkspace(state: SlackSimState, file: string): Promise<number> {
  const snapshot = (await readSnapshot(file)) as Snapshot | undefined;
  if (snapshot?.version !== 1 || typeof snapshot.messages !== 'object') return 0;
  let count = 0;
  for (const [channel, messages] of Object.entries(snapshot.messages)) {
    if (!state.channels.has(channel) || !Array.isArray(messages)) continue;
    state.messages.set(channel, messages);
    count += messages.length;
  }
  if (Array.isArray(snapshot.ephemerals)) state.ephemerals.push(...snapshot.ephemerals.filter((e) => state.channels.has(e.channel)));
  return count;
}

/** Saves the workspace's messages to `file` shortly after each change (and on `flush`). */
export function keepWorkspace(state: SlackSimState, file: string, delayMs = 200): { flush(): Promise<void>; stop(): Promise<void> } {
  const kept = keepSnapshot(file, (): Snapshot => ({ version: 1, messages: Object.fromEntries(state.messages), ephemerals: state.ephemerals }), delayMs);
  const onChange = () => kept.changed();
  state.on('change', onChange);
  return {
    flush: () => kept.flush(),
    async stop() {
      state.off('change', onChange);
      await kept.flush();
    },
  };
}
