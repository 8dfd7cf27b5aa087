import { clip } from '../../commands/index.ts';

/** Characters of raw text per section: Slack's 3,000 less room for escaping (`&` → `&amp;`) and a closing line. */
export const SECTION_BUDGET = 2_400;
const LINE_MAX = 240;

/** Length once Block Kit's mrkdwn escaping (`&amp;`, `&lt;`, `&gt;`) has run, so budgets hold after it. */
export const shownLength = (text: string): number => text.length + 4 * (text.match(/&/g)?.length ?? 0) + 3 * (text.match(/[<>]/g)?.length ?? 0);

/**
 * Lines for one section: as many as fit the budget (each clipped), then one line saying what was
 * left out (`more(n)`), so a section never relies on Slack-side clipping.
 */
export function fitLines(lines: readonly string[], more: (left: number) => string, budget: number = SECTION_BUDGET): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, raw] of lines.entries()) {
    const line = clip(raw, LINE_MAX);
    const size = shownLength(line) + 1;
    // Room is kept for the closing line whenever more lines follow.
    const reserve = index < lines.length - 1 ? LINE_MAX : 0;
    if (used + size + reserve > budget) {
      kept.push(clip(more(lines.length - index), LINE_MAX));
      break;
    }
    kept.push(line);
    used += size;
  }
  return kept.join('\n');
}

/** `3 Running, 1 Suspended`: counts of each value, most frequent first. */
export function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v, n]) => `${n} ${v}`).join(', ');
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
