/**
 * What a result or an error says, independent of where it is shown; Block Kit and terminal
 * renderers both start from this. Text may hold `code spans` (backticks) and nothing else.
 */
export interface ViewDoc {
  readonly title: string;
  readonly tone: 'ok' | 'info' | 'warning' | 'error';
  /** The title already says how it ended (`Failed: …`), so the terminal puts no `Error:` before it. */
  readonly outcomeInTitle?: boolean;
  readonly text?: string;
  /** Preformatted lines shown in a monospace block (e.g. the input with a caret under the error). */
  readonly code?: string;
  readonly fields?: readonly ViewField[];
  readonly table?: ViewTable;
  readonly sections?: readonly ViewSection[];
  /** Small print: request ids, hints, "… and N more". */
  readonly context?: readonly string[];
}

export interface ViewField {
  readonly label: string;
  readonly value: string;
}

export interface ViewTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Said instead of an empty table, e.g. "No cloud services yet." */
  readonly empty: string;
}

export interface ViewSection {
  readonly title?: string;
  readonly text: string;
}
