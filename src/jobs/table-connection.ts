import type { TableClient } from '@azure/data-tables';

/** Where a store's table is: a connection string (`AzureWebJobsStorage`) or a client given as is. */
export interface TableConnectionOptions {
  readonly connectionString?: string;
  /** A client for the table, used as is (its table name wins over `tableName`). */
  readonly tableClient?: TableClient;
  readonly tableName?: string;
  /** Allow an `http://` endpoint (Azurite). Default: true when the connection string names one. */
  readonly allowInsecureConnection?: boolean;
}

const LOCAL_ENDPOINT = /UseDevelopmentStorage=true|(^|;)\s*TableEndpoint\s*=\s*http:/i;

/**
 * A store's table, ready on first use: the client is made and the table created by the first call,
 * so `@azure/data-tables` (a quarter of a second to import) loads only in a process that reads or
 * writes the table. A failure is not remembered: the next call tries again. A missing connection
 * string is an error at once.
 */
export function tableOnFirstUse(options: TableConnectionOptions, defaultTableName: string, missing: string): () => Promise<TableClient> {
  const { connectionString, tableClient } = options;
  if (tableClient === undefined && (connectionString === undefined || connectionString.trim() === '')) throw new Error(missing);
  let ready: Promise<TableClient> | undefined;
  const open = async (): Promise<TableClient> => {
    let client = tableClient;
    if (client === undefined) {
      const { TableClient: Client } = await import('@azure/data-tables');
      const allowInsecureConnection = options.allowInsecureConnection ?? LOCAL_ENDPOINT.test(connectionString!);
      client = Client.fromConnectionString(connectionString!, options.tableName ?? defaultTableName, { allowInsecureConnection });
    }
    await client.createTable();
    return client;
  };
  return () => (ready ??= open().catch((error: unknown) => {
    ready = undefined;
    throw error;
  }));
}
