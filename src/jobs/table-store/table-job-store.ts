import type { TableEntityResult } from '@azure/data-tables';
import type { Job, JobStatus, NewJob } from '../job.ts';
import { JobConflictError, type JobStore, type ListRecentOptions, type StoreCallOptions } from '../store.ts';
import { fromEntity, JOB_PARTITION, originProperty, toEntity } from './job-entity.ts';
import { tableOnFirstUse, type TableConnectionOptions } from '../table-connection.ts';
import { statusOf } from './table-store-error.ts';

/** The jobs table (default name `asmjobs`). */
export type TableJobStoreOptions = TableConnectionOptions;

export const DEFAULT_JOBS_TABLE = 'asmjobs';
const PAGE = 1000;

/*
 * Layout: one entity per job, PartitionKey `job`, RowKey the job id; the job as JSON in `Job`, with
 * `Status`, `CreatedAt`, `UpdatedAt` and the origin (`Origin_<key>`) beside it for queries. The
 * entity's ETag is the job's version and every write is conditional on it.
 *
 * `listByStatus` is a filter on `Status` inside the one partition: a single request per 1,000
 * matches, but the service scans the partition, so its cost grows with every job kept (finished
 * ones too); pruning finished jobs after a retention period keeps a 15 s poll cheap. The other
 * design, a status index entity (RowKey `<status>|<id>`) moved in the same transaction, would make
 * the query a key range, but a transaction's delete cannot carry an If-Match, so the version could no
 * longer be the ETag and every write would cost three entities. One partition also keeps the status
 * and time queries from hopping across partition servers; its limit (about 2,000 entities/s) is far
 * above what a chat bot writes.
 */
export function createTableJobStore(options: TableJobStoreOptions): JobStore {
  const table = tableOnFirstUse(options, DEFAULT_JOBS_TABLE, 'createTableJobStore needs a connectionString (the storage account\'s, as AzureWebJobsStorage holds it) or a tableClient.');

  // The service returns rows in id order, so every match is read and the caller sorts and cuts.
  async function query(filter: string, options: StoreCallOptions): Promise<Job[]> {
    const client = await table();
    const jobs: Job[] = [];
    const pages = client
      .listEntities<{ Job: string }>({ queryOptions: { filter, select: ['Job'] }, abortSignal: options.abortSignal })
      .byPage({ maxPageSize: PAGE });
    for await (const page of pages) {
      for (const entity of page) jobs.push(fromEntity(entity as TableEntityResult<{ Job: string }>));
    }
    return jobs;
  }

  return {
    async create(job: NewJob, callOptions: StoreCallOptions = {}): Promise<Job> {
      const entity = toEntity(job);
      const client = await table();
      try {
        const response = await client.createEntity(entity, { abortSignal: callOptions.abortSignal });
        return withVersion(job, response.etag);
      } catch (error) {
        if (statusOf(error) === 409) throw new JobConflictError(job.id, `Job ${job.id} already exists.`);
        throw error;
      }
    },

    async get(id: string, callOptions: StoreCallOptions = {}): Promise<Job | undefined> {
      const client = await table();
      try {
        return fromEntity(await client.getEntity(JOB_PARTITION, id, { abortSignal: callOptions.abortSignal }));
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },

    async update(job: Job, expectedVersion: string, callOptions: StoreCallOptions = {}): Promise<Job> {
      const entity = toEntity(job);
      const client = await table();
      try {
        const response = await client.updateEntity(entity, 'Replace', { etag: expectedVersion, abortSignal: callOptions.abortSignal });
        return withVersion(job, response.etag);
      } catch (error) {
        const status = statusOf(error);
        if (status === 412) throw new JobConflictError(job.id);
        if (status === 404) throw new JobConflictError(job.id, `Job ${job.id} does not exist (any more).`);
        throw error;
      }
    },

    async listByStatus(status: JobStatus, callOptions: StoreCallOptions & { readonly limit?: number } = {}): Promise<Job[]> {
      const jobs = await query(`PartitionKey eq ${quote(JOB_PARTITION)} and Status eq ${quote(status)}`, { abortSignal: callOptions.abortSignal });
      return limited(jobs.sort(newestFirst), callOptions.limit);
    },

    async listRecent(callOptions: ListRecentOptions = {}): Promise<Job[]> {
      const origin = Object.entries(callOptions.origin ?? {});
      const clauses = [`PartitionKey eq ${quote(JOB_PARTITION)}`];
      if (callOptions.since !== undefined) clauses.push(`CreatedAt ge datetime'${callOptions.since.toISOString()}'`);
      for (const [key, value] of origin) {
        const property = originProperty(key);
        if (property !== undefined) clauses.push(`${property} eq ${quote(value)}`);
      }
      const statuses = callOptions.statuses;
      if (statuses !== undefined) clauses.push(statuses.length === 0 ? 'Status eq \'\'' : `(${statuses.map((s) => `Status eq ${quote(s)}`).join(' or ')})`);
      const since = callOptions.since?.getTime() ?? -Infinity;
      const jobs = (await query(clauses.join(' and '), { abortSignal: callOptions.abortSignal }))
        .filter((job) => origin.every(([key, value]) => job.origin[key] === value) && Date.parse(job.createdAt) >= since && (statuses === undefined || statuses.includes(job.status)));
      return limited(jobs.sort(newestFirst), callOptions.limit);
    },
  };
}


function withVersion(job: NewJob | Job, etag: string | undefined): Job {
  if (etag === undefined) throw new Error(`Table Storage returned no ETag for job ${job.id}.`);
  return { ...job, version: etag };
}

/** Newest first, as the memory store orders; the id breaks ties. */
const newestFirst = (a: Job, b: Job): number => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const limited = (jobs: Job[], limit: number | undefined): Job[] => (limit === undefined ? jobs : jobs.slice(0, limit));

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
