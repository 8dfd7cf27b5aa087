import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SimEphemeral, SimMessage, SlackSimState } from '../slack/index.ts';

interface Snapshot {
  readonly version: 1;
  readonly messages: Record<string, SimMessage[]>;
  readonly ephemerals: SimEphemeral[];
}

/** Puts back the channels' messages of an earlier run (a missing or unreadable file: a fresh workspace). */
export async function restoreWorkspace(state: SlackSimState, file: string): Promise<number> {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(await readFile(file, 'utf8')) as Snapshot;
  } catch {
    return 0;
  }
  if (snapshot.version !== 1 || typeof snapshot.messages !== 'object') return 0;
  let count = 0;
  for (const [channel, messages] of Object.entries(snapshot.messages)) {
    if (!state.channels.has(channel) || !Array.isArray(messages)) continue;
    state.messages.set(channel, messages);
    count += messages.length;
  }
  if (Array.isArray(snapshot.ephemerals)) state.ephemerals.push(...snapshot.ephemerals.filter((e) => state.channels.has(e.channel)));
  return count;
}

/**
 * Saves the workspace's messages to `file` shortly after each change (and on `flush`), written to a
 * temporary file and renamed, so a crash leaves the previous snapshot whole.
 */
export function keepWorkspace(state: SlackSimState, file: string, delayMs = 200): { flush(): Promise<void>; stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    timer = undefined;
    const snapshot: Snapshot = { version: 1, messages: Object.fromEntries(state.messages), ephemerals: state.ephemerals };
    const text = JSON.stringify(snapshot);
    writing = writing.then(async () => {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, text, { mode: 0o600 });
      await rename(`${file}.tmp`, file);
    }).catch(() => undefined);
    return writing;
  };
  const onChange = () => {
    timer ??= setTimeout(save, delayMs);
  };
  state.on('change', onChange);
  const flush = async () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      await save();
    }
    await writing;
  };
  return {
    flush,
    async stop() {
      state.off('change', onChange);
      await flush();
    },
  };
}
