import { LogLevel, type Logger } from '@slack/bolt';

const ORDER: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Where a log line goes: `console` by default, the invocation's logger or a test's list otherwise. */
export type LogSink = (level: LogLevel, message: string) => void;

const consoleSink: LogSink = (level, message) => {
  const write = level === LogLevel.ERROR ? console.error : level === LogLevel.WARN ? console.warn : console.log;
  write(message);
};

/** A Bolt `Logger` writing one line per call to a sink, from `level` up (default `info`). */
export function createLogger(options: { readonly sink?: LogSink; readonly level?: LogLevel; readonly name?: string } = {}): Logger {
  const sink = options.sink ?? consoleSink;
  let level = options.level ?? LogLevel.INFO;
  let name = options.name ?? 'asm-slack';
  const at = (l: LogLevel) => (...msg: unknown[]) => {
    if (ORDER.indexOf(l) >= ORDER.indexOf(level)) sink(l, `[${name}] ${msg.map(String).join(' ')}`);
  };
  return {
    debug: at(LogLevel.DEBUG), info: at(LogLevel.INFO), warn: at(LogLevel.WARN), error: at(LogLevel.ERROR),
    setLevel: (l) => { level = l; },
    getLevel: () => level,
    setName: (n) => { name = n; },
  };
}
