import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The JSON an earlier run kept in `file`; undefined when there is none or it cannot be read. */
export async function readSnapshot(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export interface KeptSnapshot {
  /** Something changed: the snapshot is written shortly (changes close together are written once). */
  changed(): void;
  /** Writes a pending change now and waits for every write. */
  flush(): Promise<void>;
}

/**
 * Keeps `file` up to date with `snapshot()`: written shortly after each change to a temporary file
 * readable by the owner only, then renamed, so a crash leaves the previous snapshot whole.
 */
export function keepSnapshot(file: string, snapshot: () => unknown, delayMs = 200): KeptSnapshot {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    timer = undefined;
    const text = JSON.stringify(snapshot());
    writing = writing.then(async () => {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(`${file}.tmp`, text, { mode: 0o600 });
      await rename(`${file}.tmp`, file);
    }).catch(() => undefined);
    return writing;
  };
  return {
    changed() {
      timer ??= setTimeout(save, delayMs);
    },
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        await save();
      }
      await writing;
    },
  };
}
