/**
 * The audit table: every request, refusal, approval, denial, cancellation, expiry and outcome.
 * Light to import: `@azure/data-tables` is loaded on first use when given a connection string.
 */
export { AUDIT_KINDS, type AuditKind, type AuditEntry, type AuditRecord, type AuditLog, type AuditListOptions, type AuditCallOptions, type AuditRecordOptions } from './types.ts';
export { createAuditLog, type AuditLogOptions, type AuditTable } from './create-audit-log.ts';
export { redact } from './redact.ts';
