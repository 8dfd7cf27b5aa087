export const AUDIT_KINDS = ['request', 'refusal', 'approval', 'denial', 'cancellation', 'expiry', 'outcome'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** One thing that happened: who, where, what, and what was decided. Never a secret. */
export interface AuditEntry {
  readonly kind: AuditKind;
  /** A Slack user id, or `system` (an expiry, an outcome). */
  readonly userId: string;
  readonly channelId: string;
  /** The command as typed or canonical, e.g. `vm create web1 "West US"`. */
  readonly command?: string;
  readonly jobId?: string;
  /** e.g. `allowed`, `refused`, `approved`, `succeeded`, `failed`. */
  readonly decision?: string;
  /** Why: a refusal code and reason, an error code and message. */
  readonly reason?: string;
  /** The ASM `x-ms-request-id`s of what ran. */
  readonly requestIds?: readonly string[];
}

/** An entry as stored: with its time and id. */
export interface AuditRecord extends AuditEntry {
  /** The row key: sorts newest first. */
  readonly id: string;
  /** ISO time it was recorded. */
  readonly at: string;
}

export interface AuditCallOptions {
  readonly abortSignal?: AbortSignal;
}

export interface AuditRecordOptions extends AuditCallOptions {
  /** When it happened (default: now). */
  readonly at?: Date;
  /**
   * Makes the write idempotent: the same `at` and `key` name the same row, and recording it again
   * leaves the stored entry as it is (e.g. `<request id>:<kind>` for an entry a queue may deliver twice).
   */
  readonly key?: string;
}

export interface AuditListOptions extends AuditCallOptions {
  readonly channelId?: string;
  /** Only entries recorded at or after this time. */
  readonly since?: Date;
  /** At most this many (default 50, at most 1000). */
  readonly limit?: number;
}

export interface AuditLog {
  record(entry: AuditEntry, options?: AuditRecordOptions): Promise<AuditRecord>;
  /** Newest first. */
  list(options?: AuditListOptions): Promise<AuditRecord[]>;
}
