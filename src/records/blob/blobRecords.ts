import type { ContainerClient } from '@azure/storage-blob';
import type { Records } from '../types.js';
import { BlobAuditLog } from './blobAuditLog.js';
import { BlobCallbackStore } from './blobCallbackStore.js';
import { BlobConversationIndex } from './blobConversationIndex.js';
import { BlobInsightStore } from './blobInsightStore.js';

/** The counsellors' records in one Blob container, each kind under its own name prefix. */
export function createBlobRecords(container: ContainerClient, prefix: string, now: () => Date = () => new Date()): Records {
  return {
    conversations: new BlobConversationIndex(container, prefix),
    callbacks: new BlobCallbackStore(container, prefix, now),
    audit: new BlobAuditLog(container, prefix, now),
    insights: new BlobInsightStore(container, prefix),
  };
}
