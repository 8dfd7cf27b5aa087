// Medians, ranges and ratios, printed as a Markdown table.
export interface Figure {
  readonly label: string;
  /** Whether a larger value is better (operations per second). */
  readonly higherIsBetter?: boolean;
  readonly digits: number;
  /** Samples per client (column); a missing client is shown as "–". */
  readonly samples: Record<string, number[]>;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const format = (value: number, digits: number) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function cell(values: readonly number[] | undefined, digits: number): string {
  if (values === undefined || values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  const range = sorted.length > 1 ? ` (${format(sorted[0]!, digits)}–${format(sorted.at(-1)!, digits)})` : '';
  return `${format(median(values), digits)}${range}`;
}

/** How many times better the first client is than another (> 1: better). */
export function ratio(figure: Figure, own: string, other: string): number | undefined {
  const a = figure.samples[own];
  const b = figure.samples[other];
  if (!a?.length || !b?.length) return undefined;
  return figure.higherIsBetter ? median(a) / median(b) : median(b) / median(a);
}

export function renderTable(figures: readonly Figure[], clients: readonly string[]): string {
  const own = clients[0]!;
  const header = `| figure | ${clients.join(' | ')} | ${clients.slice(1).map((c) => `×${c}`).join(' | ')} |`;
  const rule = `|---|${clients.map(() => '---:').join('|')}|${clients.slice(1).map(() => '---:').join('|')}|`;
  const rows = figures.map((figure) => {
    const ratios = clients.slice(1).map((other) => {
      const value = ratio(figure, own, other);
      return value === undefined ? '–' : `${value.toFixed(2)}×`;
    });
    return `| ${figure.label} | ${clients.map((client) => cell(figure.samples[client], figure.digits)).join(' | ')} | ${ratios.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
