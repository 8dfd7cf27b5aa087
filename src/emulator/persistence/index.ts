export type { StateStore } from './state-store.ts';
export { MemoryStore } from './memory-store.ts';
export { FileStore } from './file-store.ts';
export * from './state.ts';
