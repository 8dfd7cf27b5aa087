import type { ViewDoc } from './doc.ts';
import { clip } from './format.ts';

const MAX_CELL = 60;
const width = (text: string) => [...text].length;
const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  // The first column names the row (what a person copies into the next command): never cut.
  const cells = rows.map((r) => r.map((c, i) => (i === 0 ? c.replace(/\s+/g, ' ') : clip(c.replace(/\s+/g, ' '), MAX_CELL))));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: readonly string[]) => r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(columns.map((c) => c.toUpperCase())), ...cells.map(line)];
}

/** The doc for a terminal: title, text, aligned fields, a table, sections, small print. */
export function toText(doc: ViewDoc): string {
  const out: string[] = [doc.tone === 'error' && doc.outcomeInTitle !== true ? `Error: ${doc.title}` : doc.title];
  if (doc.text) out.push(doc.text);
  if (doc.code) out.push('', ...doc.code.split('\n').map((l) => `  ${l}`), '');
  const fields = doc.fields ?? [];
  const labelWidth = Math.max(0, ...fields.map((f) => width(f.label)));
  for (const f of fields) out.push(`  ${pad(`${f.label}:`, labelWidth + 1)} ${f.value}`);
  for (const s of doc.sections ?? []) out.push('', ...(s.title ? [`${s.title}:`] : []), ...s.text.split('\n').map((l) => `  ${l}`));
  if (doc.table !== undefined) {
    out.push('');
    if (doc.table.rows.length === 0) out.push(doc.table.empty);
    else out.push(...table(doc.table.columns, doc.table.rows));
  }
  if (doc.context !== undefined && doc.context.length > 0) out.push('', ...doc.context);
  return `${out.join('\n')}\n`;
}
