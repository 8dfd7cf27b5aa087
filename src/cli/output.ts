import { renderJson, renderText, type Presentation } from '../commands/index.ts';
import type { ProgressStream } from './progress.ts';

/**
 * Where a presentation goes: with `--json`, only JSON on stdout (failures too) and a one-line
 * note on stderr; otherwise text, on stdout for results and on stderr for failures.
 */
export interface OutputStreams {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
}

export function show(presentation: Presentation, json: boolean, streams: OutputStreams): void {
  if (json) {
    streams.stdout.write(renderJson(presentation));
    if (!presentation.ok) streams.stderr.write(`asm: ${presentation.doc.title}\n`);
    return;
  }
  (presentation.ok ? streams.stdout : streams.stderr).write(renderText(presentation));
}
