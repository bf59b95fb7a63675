/**
 * The in-memory repository passes the same contract suite as the IndexedDB one
 * (repositoryContract.ts): same revisions, conflicts, validation, order, custom order,
 * attachments and copies. Its dump is what it returns through its own reads.
 */
import { makeMemoryRepository } from './memoryRepository';
import { describeRepositoryContract, dumpThrough } from './repositoryContract';

describeRepositoryContract('in memory', (now, newId) => {
  const repo = makeMemoryRepository({ now, newId });
  return Promise.resolve({ repo, dump: () => dumpThrough(repo) });
});
