import { DigestError } from './digest-error.ts';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Cron's day-of-week numbers (0 is Sunday). */
export const WEEKDAYS: Readonly<Record<Weekday, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export interface DailySchedule {
  readonly kind: 'daily';
  /** `HH:MM`, 24-hour, in `timeZone`. */
  readonly time: string;
  /** An IANA time zone, canonical spelling (e.g. `Europe/Berlin`); `UTC` by default. */
  readonly timeZone: string;
}

export interface WeeklySchedule {
  readonly kind: 'weekly';
  readonly weekday: Weekday;
  readonly time: string;
  readonly timeZone: string;
}

export type DigestSchedule = DailySchedule | WeeklySchedule;

/** What `/asm digest <text>` asks for. */
export type DigestCommand =
  | { readonly kind: 'schedule'; readonly schedule: DigestSchedule }
  | { readonly kind: 'off' }
  | { readonly kind: 'now' };

export const DIGEST_USAGE = 'Usage: `/asm digest daily 09:00 [Europe/Berlin]`, `/asm digest weekly mon 09:00 [time zone]`, `/asm digest off` or `/asm digest now`.';

const WEEKDAY_NAMES: Readonly<Record<string, Weekday>> = {
  mon: 'mon', monday: 'mon', tue: 'tue', tues: 'tue', tuesday: 'tue', wed: 'wed', wednesday: 'wed',
  thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu', fri: 'fri', friday: 'fri',
  sat: 'sat', saturday: 'sat', sun: 'sun', sunday: 'sun',
};

/** Reads the text after `/asm digest`; a `DigestError` says what is wrong and how to write it. */
export function parseDigestCommand(text: string): DigestCommand {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const [first, ...rest] = words;
  const kind = first?.toLowerCase();
  if (kind === 'off' || kind === 'now') {
    if (rest.length > 0) throw usage(`\`${kind}\` takes nothing after it.`);
    return { kind };
  }
  if (kind === 'daily') {
    const [time, zone, ...extra] = rest;
    if (time === undefined) throw usage('Say when: `daily 09:00`.');
    if (extra.length > 0) throw usage(`Unexpected \`${extra.join(' ')}\` after the time zone.`);
    return { kind: 'schedule', schedule: { kind: 'daily', time: parseTime(time), timeZone: parseTimeZone(zone) } };
  }
  if (kind === 'weekly') {
    const [day, time, zone, ...extra] = rest;
    if (day === undefined || time === undefined) throw usage('Say the day and the time: `weekly mon 09:00`.');
    if (extra.length > 0) throw usage(`Unexpected \`${extra.join(' ')}\` after the time zone.`);
    return { kind: 'schedule', schedule: { kind: 'weekly', weekday: parseWeekday(day), time: parseTime(time), timeZone: parseTimeZone(zone) } };
  }
  throw usage(first === undefined ? 'Say how often.' : `\`${first}\` is not a digest schedule.`);
}

const usage = (what: string) => new DigestError('DIGEST_USAGE', `${what} ${DIGEST_USAGE}`);

function parseTime(text: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) {
    throw new DigestError('DIGEST_INVALID_TIME', `\`${text}\` is not a time of day. Write it as HH:MM on a 24-hour clock, e.g. \`09:00\` or \`17:30\`.`);
  }
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

function parseWeekday(text: string): Weekday {
  const day = WEEKDAY_NAMES[text.toLowerCase()];
  if (day === undefined) {
    throw new DigestError('DIGEST_UNKNOWN_WEEKDAY', `\`${text}\` is not a day of the week. Use mon, tue, wed, thu, fri, sat or sun.`);
  }
  return day;
}

/** The canonical IANA name (as `Intl` spells it), `UTC` when absent. */
export function parseTimeZone(text: string | undefined): string {
  if (text === undefined) return 'UTC';
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    throw new DigestError(
      'DIGEST_UNKNOWN_TIME_ZONE',
      `\`${text}\` is not a time zone. Use an IANA name such as \`Europe/Berlin\`, \`America/New_York\` or \`UTC\`.`,
    );
  }
}

/** `daily 09:00 Europe/Berlin`, `weekly mon 09:00 UTC`: the schedule as the command writes it. */
export const describeSchedule = (s: DigestSchedule): string =>
  s.kind === 'daily' ? `daily ${s.time} ${s.timeZone}` : `weekly ${s.weekday} ${s.time} ${s.timeZone}`;
