export type OperationStatusValue = 'InProgress' | 'Succeeded' | 'Failed';

export interface OperationStatus {
  /** The operation id as the service formats it (a GUID with dashes). */
  readonly id: string;
  readonly status: OperationStatusValue;
  /** The HTTP status the operation finished with; absent while in progress. */
  readonly httpStatusCode?: number;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface WaitOptions {
  readonly abortSignal?: AbortSignal;
  /** Time between polls, default 2000 ms. */
  readonly intervalMs?: number;
  /** Overall deadline, default 10 minutes. */
  readonly timeoutMs?: number;
  /** Called after each poll that is still in progress. */
  readonly onProgress?: (status: OperationStatus) => void;
  /** The pause between polls, like the transport's; default a timer. Tests pass a fake clock's. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for the deadline, in epoch ms. Default Date.now. */
  readonly now?: () => number;
}
