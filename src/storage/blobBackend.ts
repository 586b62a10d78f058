import { ContainerClient } from '@azure/storage-blob';
import type { Storage, TranscriptStore } from 'botbuilder';
import { BlobsStorage, BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import type { Config } from '../config.js';
import { createBlobRecords } from '../records/blob/blobRecords.js';
import type { Records } from '../records/types.js';
import { BoundedTranscriptStore } from '../transcripts/boundedTranscriptStore.js';
import { BoundedKeyStorage } from './boundedKeyStorage.js';

export type BlobSettings = Extract<Config['storage'], { kind: 'blob' }>;

/** Where the counsellors' records live in the state container; state blob names never hold a '/'. */
export const recordsPrefix = 'records/';

export interface BlobBackend {
  storage: Storage;
  transcripts: TranscriptStore;
  records: Records;
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
    storage: new BoundedKeyStorage(new BlobsStorage(settings.connectionString, settings.stateContainer)),
    transcripts: new BoundedTranscriptStore(new BlobsTranscriptStore(settings.connectionString, settings.transcriptsContainer)),
    records: createBlobRecords(stateContainer, recordsPrefix, now),
    async prepare() {
      await Promise.all([stateContainer.createIfNotExists(), transcriptsContainer.createIfNotExists()]);
    },
  };
}
