// The JobStore contract against the in-memory store; a sibling shares the same instance, as two
// workers of one process would.
import { createMemoryJobStore } from '../../../src/jobs/index.ts';
import { runJobStoreContract } from './job-store-contract.ts';

runJobStoreContract('memory', {
  async open() {
    const store = createMemoryJobStore();
    return { store, sibling: () => store };
  },
});
