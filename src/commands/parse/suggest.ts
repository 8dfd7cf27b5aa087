// Past this length a word is not a typo of a command name; skip the quadratic distance.
const MAX_COMPARED = 64;

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > MAX_COMPARED || b.length > MAX_COMPARED) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** Candidates close enough to be a typo of `typed` (or that it abbreviates), closest first. */
export function closeMatches(typed: string, candidates: readonly string[], limit = 3): string[] {
  const word = typed.toLowerCase();
  if (word.length === 0) return [];
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return candidates
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      const prefix = word.length >= 2 && lower.startsWith(word);
      return { candidate, distance: prefix ? 0.5 : editDistance(word, lower) };
    })
    .filter((c) => c.distance <= tolerance)
    .sort((x, y) => x.distance - y.distance)
    .map((c) => c.candidate)
    .filter((c, i, all) => all.indexOf(c) === i)
    .slice(0, limit);
}

/** The `limit` nearest candidates whatever their distance (for "closest real locations"). */
export function nearest(typed: string, candidates: readonly string[], limit = 3, key = (s: string) => s.toLowerCase()): string[] {
  const word = key(typed);
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(word, key(candidate)) }))
    .sort((x, y) => x.distance - y.distance)
    .slice(0, limit)
    .map((c) => c.candidate);
}
