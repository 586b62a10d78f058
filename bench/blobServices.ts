/**
 * The Blob services the benchmark measures storage growth on: Azurite as the tests run it (its index
 * of blobs in memory), and Azurite with that index in a database of its own (MariaDB), which finds a
 * blob through a database index as a real store does.
 */
import { startAzurite } from '../test/support/azurite.js';
import { startMariaDb } from './mariaDb.js';
import type { BlobService } from './storageGrowth.js';

export async function inMemoryAzurite(): Promise<BlobService> {
  const azurite = await startAzurite();
  return { connectionString: azurite.connectionString, pids: [azurite.pid], stop: () => azurite.stop() };
}

export async function sqlIndexedAzurite(): Promise<BlobService> {
  const database = await startMariaDb();
  try {
    const azurite = await startAzurite({ metadataDatabase: await database.newDatabase() });
    return {
      connectionString: azurite.connectionString,
      pids: [azurite.pid, database.pid],
      stop: async () => {
        await azurite.stop();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
