/**
 * A structural check of the six-field NCRONTAB expressions the Functions host reads for timer
 * triggers ({second} {minute} {hour} {day} {month} {day-of-week}). Scheduling itself is croner's;
 * this only refuses what could never be a valid schedule, without loading a cron library at start.
 */
const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
] as const;

type Field = (typeof FIELDS)[number];

function value(text: string, field: Field): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= field.min && n <= field.max ? n : undefined;
  }
  const names: readonly string[] = 'names' in field ? field.names : [];
  const index = names.indexOf(text.toUpperCase());
  return index < 0 ? undefined : index + (field.name === 'month' ? 1 : 0);
}

function checkPart(part: string, field: Field): boolean {
  const [range, step, extra] = part.split('/');
  if (range === undefined || extra !== undefined) return false;
  if (step !== undefined && (!/^\d+$/.test(step) || Number(step) === 0)) return false;
  if (range === '*' || (range === '?' && field.name.startsWith('day'))) return true;
  const [from, to, more] = range.split('-');
  if (from === undefined || more !== undefined) return false;
  const start = value(from, field);
  if (start === undefined) return false;
  if (to === undefined) return true;
  const end = value(to, field);
  return end !== undefined && end >= start;
}

/** Why the expression is not a six-field NCRONTAB expression, or `undefined` when it is one. */
export function ncrontabProblem(expression: string): string | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 6) {
    return `has ${fields.length} field${fields.length === 1 ? '' : 's'}; the Functions host needs six: {second} {minute} {hour} {day} {month} {day-of-week}.`;
  }
  for (const [i, text] of fields.entries()) {
    const field = FIELDS[i] as Field;
    if (!text.split(',').every((part) => checkPart(part, field))) {
      return `field ${i + 1} (${field.name}) "${text}" is not valid: use *, a number ${field.min}–${field.max}, a range a-b, a list a,b or a step */n.`;
    }
  }
  return undefined;
}
