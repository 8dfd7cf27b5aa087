import type { Risk } from '../plan/types.ts';
import type { ViewDoc, ViewField } from './doc.ts';

/** What each risk means, as help and plans say it. */
export const RISK_WORDS: Readonly<Record<Risk, string>> = { read: 'read only', change: 'changes resources', destroy: 'destroys resources' };

/** At most `max` characters (code points), the last one an ellipsis when cut. */
export const clip = (text: string, max: number): string => ([...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`);

/** One value as table or field text: absent as an em dash, booleans as yes/no, lists joined. */
export function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(cell).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function listDoc(title: string, columns: readonly string[], rows: readonly (readonly unknown[])[], empty: string, context: readonly string[] = []): ViewDoc {
  const count = rows.length === 1 ? '1 item' : `${rows.length} items`;
  return { title, tone: 'info', table: { columns, rows: rows.map((r) => r.map(cell)), empty }, context: [...(rows.length > 0 ? [count] : []), ...context] };
}

export function fieldsDoc(title: string, pairs: readonly (readonly [string, unknown])[], extra: Partial<ViewDoc> = {}): ViewDoc {
  const fields: ViewField[] = pairs.filter(([, v]) => v !== undefined && v !== '').map(([label, value]) => ({ label, value: cell(value) }));
  return { title, tone: 'info', fields, ...extra };
}
