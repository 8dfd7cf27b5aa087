import { Cron } from 'croner';
import type { HostFunction } from './function-index.ts';
import type { InvocationOutcome, Invoker } from './invoker.ts';
import type { HostLogger, RpcTypedData } from './types.ts';

export interface TimerOptions {
  /** A tick handled this long after its scheduled time is past due (`isPastDue: true`). Default 1000 ms. */
  readonly pastDueToleranceMs?: number;
}

interface Deps {
  readonly fn: HostFunction;
  readonly invoker: Invoker;
  readonly logger: HostLogger;
  readonly now: () => Date;
  readonly options: TimerOptions;
}

export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
  readonly code = 'TIMER_SCHEDULE_INVALID';
}

/**
 * Runs one timer function on its six-field NCRONTAB schedule (seconds first, UTC). Like the host, a
 * function never overlaps itself: a tick that comes while a run is outstanding is skipped, and the
 * next tick is the next occurrence after it.
 */
export class TimerSchedule {
  readonly schedule: string;
  readonly #d: Deps;
  readonly #cron: Cron;
  #timeout: NodeJS.Timeout | undefined;
  #running: Promise<InvocationOutcome> | undefined;
  #last: Date | undefined;
  #stopped = false;
  /** Ticks skipped because a run was outstanding. */
  skipped = 0;

  constructor(deps: Deps) {
    this.#d = deps;
    this.schedule = String(deps.fn.trigger.schedule);
    try {
      this.#cron = new Cron(this.schedule, { timezone: 'UTC', mode: '5-or-6-parts', domAndDow: true, paused: true });
    } catch (error) {
      throw new ScheduleError(`The schedule "${this.schedule}" of function "${deps.fn.name}" is not a valid NCRONTAB expression ({second} {minute} {hour} {day} {month} {day-of-week}): ${(error as Error).message}`);
    }
  }

  start(): void {
    if (this.#d.fn.trigger.runOnStartup === true) void this.#fire(this.#d.now(), false);
    this.#arm(this.#d.now());
  }

  /** Runs the function now (the admin endpoint), after any outstanding run. */
  async runNow(): Promise<InvocationOutcome> {
    while (this.#running) await this.#running;
    return this.#fire(this.#d.now(), false);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timeout);
    while (this.#running) await this.#running;
  }

  #arm(after: Date): void {
    if (this.#stopped) return;
    const next = this.#cron.nextRun(after);
    if (next === null) return;
    // Timers are capped near 24.8 days; a later occurrence is re-armed when the cap elapses.
    const delay = Math.min(Math.max(0, next.getTime() - this.#d.now().getTime()), 2 ** 31 - 1);
    this.#timeout = setTimeout(() => this.#tick(next), delay);
  }

  #tick(scheduled: Date): void {
    const now = this.#d.now();
    if (now.getTime() < scheduled.getTime()) return this.#arm(new Date(now.getTime() - 1));
    if (this.#running) {
      this.skipped += 1;
      this.#d.logger.warn(`function=${this.#d.fn.name} trigger=timer tick=${scheduled.toISOString()} skipped: the previous run is still going`);
    } else {
      const late = now.getTime() - scheduled.getTime() > (this.#d.options.pastDueToleranceMs ?? 1000);
      void this.#fire(scheduled, late);
    }
    this.#arm(new Date(Math.max(now.getTime(), scheduled.getTime())));
  }

  #fire(scheduled: Date, isPastDue: boolean): Promise<InvocationOutcome> {
    const fn = this.#d.fn;
    const run = this.#d.invoker.invoke(fn, { inputData: [{ name: fn.triggerName, data: this.#timerInfo(scheduled, isPastDue) }], triggerMetadata: {} },
      isPastDue ? { isPastDue } : {});
    this.#running = run;
    this.#last = scheduled;
    void run.finally(() => {
      if (this.#running === run) this.#running = undefined;
    });
    return run;
  }

  /** The host's TimerInfo (PascalCase; `@azure/functions` camel-cases it into the handler's `Timer`). */
  #timerInfo(scheduled: Date, isPastDue: boolean): RpcTypedData {
    const info: Record<string, unknown> = { Schedule: { AdjustForDST: true }, IsPastDue: isPastDue };
    if (this.#d.fn.trigger.useMonitor !== false) {
      const next = this.#cron.nextRun(scheduled);
      info.ScheduleStatus = { Last: iso(this.#last ?? scheduled), Next: next ? iso(next) : null, LastUpdated: iso(this.#d.now()) };
    }
    return { json: JSON.stringify(info) };
  }
}

function iso(date: Date): string {
  return date.toISOString().replace(/(\.000)?Z$/, '+00:00');
}
