/**
 * Jobs: a command as stored state, advanced one step at a time by whichever process holds it.
 */
export { FINAL_STATUSES, isFinal, type Job, type JobBinding, type JobDecision, type JobOrigin, type JobStatus, type NewJob, type StepState, type StepStatus } from './job.ts';
export { JobConflictError, isJobConflict, type JobStore, type ListRecentOptions, type StoreCallOptions } from './store.ts';
export { JOBS_POISON_QUEUE, JOBS_QUEUE, parseJobMessage, type JobMessage } from './messages.ts';
export { MemoryJobStore, createMemoryJobStore } from './memory-store.ts';
export { createTableJobStore, DEFAULT_JOBS_TABLE, MAX_JOB_JSON_CHARS, TableJobStoreError, type TableJobStoreErrorCode, type TableJobStoreOptions } from './table-store/index.ts';
export { JobTransitionError, isJobTransitionError, type TransitionRefusal } from './transition-error.ts';
export * as transitions from './transitions.ts';
export { newJob, type NewJobOptions } from './new-job.ts';
export { jobOutcome, jobReport } from './report.ts';
export { createJobEngine, type EngineCallOptions, type EngineLogger, type JobEngine, type JobEngineOptions, type JobEvent, type PlanJobOptions } from './engine/index.ts';
export * as digests from './digest/index.ts';
export { mapLimit } from './map-limit.ts';
