import type { TableClient } from '@azure/data-tables';
import { redact } from './redact.ts';
import { auditRowKey, rowKeyBoundFor, safeKey } from './row-key.ts';
import { AUDIT_KINDS, type AuditEntry, type AuditListOptions, type AuditLog, type AuditRecord } from './types.ts';

/** What the log needs of a `TableClient` (the real one is given in production and tests). */
export type AuditTable = Pick<TableClient, 'createTable' | 'createEntity' | 'listEntities'>;

export interface AuditLogOptions {
  /** A ready client; or give `connectionString` and the client is made on first use. */
  readonly tableClient?: AuditTable;
  /** `AzureWebJobsStorage`; `@azure/data-tables` is then imported only when the first entry is written. */
  readonly connectionString?: string;
  readonly tableName?: string;
  /** Allow `http:` (Azurite). Default: when the connection string's table endpoint is http. */
  readonly allowInsecureConnection?: boolean;
  readonly now?: () => Date;
}

interface AuditEntity {
  partitionKey: string;
  rowKey: string;
  kind: string;
  userId: string;
  channelId: string;
  at: string;
  command?: string;
  jobId?: string;
  decision?: string;
  reason?: string;
  requestIds?: string;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

function toEntity(entry: AuditEntry, at: Date, key: string | undefined): AuditEntity {
  if (!AUDIT_KINDS.includes(entry.kind)) throw new TypeError(`Unknown audit kind "${String(entry.kind)}".`);
  const text = (value: string | undefined) => (value === undefined ? undefined : redact(value));
  const entity: AuditEntity = {
    partitionKey: safeKey(entry.channelId), rowKey: auditRowKey(at, key),
    kind: entry.kind, userId: redact(entry.userId), channelId: redact(entry.channelId), at: at.toISOString(),
  };
  const extra = { command: text(entry.command), jobId: text(entry.jobId), decision: text(entry.decision), reason: text(entry.reason) };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) (entity as unknown as Record<string, string>)[key] = value;
  if (entry.requestIds && entry.requestIds.length > 0) entity.requestIds = JSON.stringify(entry.requestIds.slice(0, 100).map(redact));
  return entity;
}

function toRecord(e: Record<string, unknown>): AuditRecord {
  const str = (key: string) => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
  const ids = str('requestIds');
  const record: Record<string, unknown> = {
    id: str('rowKey'), at: str('at'), kind: str('kind'), userId: str('userId'), channelId: str('channelId'),
    command: str('command'), jobId: str('jobId'), decision: str('decision'), reason: str('reason'),
    requestIds: ids === undefined ? undefined : (JSON.parse(ids) as string[]),
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as unknown as AuditRecord;
}

const odata = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The audit table: one row per request, refusal, decision and outcome, partitioned by channel, row
 * keys sorting newest first. Secret-looking text is redacted before it is written.
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const tableName = options.tableName ?? 'asmaudit';
  const now = options.now ?? (() => new Date());
  let ready: Promise<AuditTable> | undefined;

  async function open(abortSignal: AbortSignal | undefined): Promise<AuditTable> {
    let client = options.tableClient;
    if (client === undefined) {
      const cs = options.connectionString;
      if (cs === undefined) throw new TypeError('createAuditLog needs tableClient or connectionString.');
      const { TableClient } = await import('@azure/data-tables');
      const insecure = options.allowInsecureConnection ?? (/TableEndpoint=http:/i.test(cs) || /UseDevelopmentStorage=true/i.test(cs));
      client = TableClient.fromConnectionString(cs, tableName, { allowInsecureConnection: insecure });
    }
    await client.createTable({ abortSignal });
    return client;
  }
  const table = (abortSignal: AbortSignal | undefined) => {
    ready ??= open(abortSignal).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };

  return {
    async record(entry, callOptions = {}) {
      const entity = toEntity(entry, callOptions.at ?? now(), callOptions.key);
      try {
        await (await table(callOptions.abortSignal)).createEntity(entity, { abortSignal: callOptions.abortSignal });
      } catch (error) {
        // The same keyed entry written before (a redelivered message): it is there, as it was.
        if (callOptions.key === undefined || (error as { statusCode?: unknown }).statusCode !== 409) throw error;
      }
      return toRecord(entity as unknown as Record<string, unknown>);
    },

    async list(listOptions: AuditListOptions = {}) {
      const limit = Math.min(Math.max(1, Math.floor(listOptions.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
      const filters: string[] = [];
      if (listOptions.channelId !== undefined) filters.push(`PartitionKey eq ${odata(safeKey(listOptions.channelId))}`);
      if (listOptions.since !== undefined) filters.push(`RowKey lt ${odata(rowKeyBoundFor(listOptions.since.getTime()))}`);
      const query = filters.length > 0 ? { filter: filters.join(' and ') } : undefined;
      const pages = (await table(listOptions.abortSignal)).listEntities<Record<string, unknown>>({ queryOptions: query, abortSignal: listOptions.abortSignal });
      const found: AuditRecord[] = [];
      for await (const entity of pages) {
        found.push(toRecord(entity));
        // One partition comes back in row-key order (newest first), so the first `limit` are the answer.
        if (listOptions.channelId !== undefined && found.length >= limit) break;
      }
      // Across channels the partitions come one after another: merge by row key.
      return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
    },
  };
}
