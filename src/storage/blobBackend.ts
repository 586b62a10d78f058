import { ContainerClient } from '@azure/storage-blob';
import type { Storage, TranscriptStore } from 'botbuilder';
import { BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import type { Config } from '../config.js';
import { createBlobRecords } from '../records/blob/blobRecords.js';
import type { Records } from '../records/types.js';
import { BoundedTranscriptStore } from '../transcripts/boundedTranscriptStore.js';
import { BlobStateStorage } from './blobStateStorage.js';
import { BoundedKeyStorage } from './boundedKeyStorage.js';

export type BlobSettings = Extract<Config['storage'], { kind: 'blob' }>;

/** Where the counsellors' records live in the state container; state blob names never hold a '/'. */
export const recordsPrefix = 'records/';

export interface BlobBackend {
  storage: Storage;
  transcripts: TranscriptStore;
  records: Records;
  /** Deletes the bot state last written before `cutoff`; returns how many items. */
  deleteStateOlderThan(cutoff: Date): Promise<number>;
  /** Creates the containers that are missing; call once at start-up. */
  prepare(): Promise<void>;
}

/**
 * Everything the bot stores, on Azure Blob Storage, so that several instances share it: bot state
 * and the records in the state container, transcripts in their own container. Long ids are hashed
 * into blob names (BoundedKeyStorage, BoundedTranscriptStore, BlobDocuments).
 */
export function createBlobBackend(settings: BlobSettings, now: () => Date = () => new Date()): BlobBackend {
  const stateContainer = new ContainerClient(settings.connectionString, settings.stateContainer);
  const transcriptsContainer = new ContainerClient(settings.connectionString, settings.transcriptsContainer);
  return {
    storage: new BoundedKeyStorage(new BlobStateStorage(stateContainer)),
    transcripts: new BoundedTranscriptStore(new BlobsTranscriptStore(settings.connectionString, settings.transcriptsContainer)),
    records: createBlobRecords(stateContainer, recordsPrefix, now),
    async deleteStateOlderThan(cutoff) {
      let deleted = 0;
      for await (const blob of stateContainer.listBlobsFlat()) {
        if (blob.name.startsWith(recordsPrefix) || blob.properties.lastModified >= cutoff) continue;
        await stateContainer.deleteBlob(blob.name, { conditions: { ifUnmodifiedSince: cutoff } }).then(
          () => (deleted += 1),
          () => undefined,
        );
      }
      return deleted;
    },
    async prepare() {
      await Promise.all([stateContainer.createIfNotExists(), transcriptsContainer.createIfNotExists()]);
    },
  };
}
