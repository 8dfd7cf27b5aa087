import { Cron } from 'croner';
import { WEEKDAYS, type DigestSchedule } from './schedule.ts';

/**
 * One digest's period: from the run before to the scheduled run that closes it. `key` (the closing
 * run as an ISO instant) names the period: one digest per channel and key.
 */
export interface DigestPeriod {
  readonly key: string;
  readonly start: Date;
  readonly end: Date;
}

/** The five-field cron expression of a schedule, read in the schedule's time zone. */
export function cronExpression(schedule: DigestSchedule): string {
  const [hours, minutes] = schedule.time.split(':').map(Number);
  const dayOfWeek = schedule.kind === 'weekly' ? String(WEEKDAYS[schedule.weekday]) : '*';
  return `${minutes} ${hours} * * ${dayOfWeek}`;
}

const cronOf = (schedule: DigestSchedule) => new Cron(cronExpression(schedule), { timezone: schedule.timeZone, paused: true });

/** The latest period closed at or before `now`. */
export function currentPeriod(schedule: DigestSchedule, now: Date): DigestPeriod {
  // croner's previous runs are strictly before the reference; one millisecond on includes a run at `now` itself.
  const [end, start] = cronOf(schedule).previousRuns(2, new Date(now.getTime() + 1));
  if (end === undefined || start === undefined) throw new Error(`The schedule ${cronExpression(schedule)} has no earlier runs.`);
  return { key: end.toISOString(), start, end };
}

/** When the next digest is due, strictly after `now`. */
export function nextRun(schedule: DigestSchedule, now: Date): Date {
  const next = cronOf(schedule).nextRun(now);
  if (next === null) throw new Error(`The schedule ${cronExpression(schedule)} has no next run.`);
  return next;
}
