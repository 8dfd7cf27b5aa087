export { createTableJobStore, DEFAULT_JOBS_TABLE, type TableJobStoreOptions } from './table-job-store.ts';
export { MAX_JOB_JSON_CHARS } from './job-entity.ts';
export { TableJobStoreError, type TableJobStoreErrorCode } from './table-store-error.ts';
