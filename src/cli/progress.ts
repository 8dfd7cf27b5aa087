import type { JobEvent } from '../jobs/index.ts';

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const plain = (title: string) => title.replace(/`/g, '');

/**
 * A spinner on the terminal while steps run and operations are polled; on a pipe it writes
 * nothing, so scripts read clean output.
 */
export function createProgress(stream: ProgressStream): { readonly onEvent: (event: JobEvent) => void; stop(): void } {
  if (stream.isTTY !== true) return { onEvent: () => {}, stop: () => {} };
  let timer: NodeJS.Timeout | undefined;
  let frame = 0;
  let line = '';
  let started = Date.now();
  const draw = () => stream.write(`\r\x1b[K${FRAMES[frame++ % FRAMES.length]} ${line} (${Math.round((Date.now() - started) / 1000)}s)`);
  const clear = () => stream.write('\r\x1b[K');
  const stop = () => { if (timer) clearInterval(timer); timer = undefined; clear(); };
  return {
    onEvent(event) {
      if (event.type === 'step-started') {
        line = plain(event.step.title);
        started = Date.now();
        timer ??= setInterval(draw, 100);
        timer.unref();
      } else if (event.type === 'step-submitted') {
        line = `${plain(event.step.title)}: InProgress`;
      } else if (event.type === 'step-finished') {
        clear();
        const mark = event.state.status === 'failed' ? '✗' : event.state.status === 'skipped' ? '–' : '✓';
        stream.write(`${mark} ${plain(event.step.title)}\n`);
      }
    },
    stop,
  };
}
