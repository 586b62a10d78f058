import type { ContainerClient } from '@azure/storage-blob';
import { DocumentCallbackStore } from '../callbackStore.js';
import { DocumentConversationIndex } from '../conversationIndex.js';
import { DocumentPlanPages, type ConversationPlanLink, type StoredPlanPage } from '../planPages.js';
import type { CallbackRequest, ConversationRecord, Records } from '../types.js';
import { BlobAuditLog } from './blobAuditLog.js';
import { BlobDocuments } from './blobDocuments.js';
import { BlobInsightStore } from './blobInsightStore.js';

/**
 * The counsellors' records in one Blob container, each kind under its own name prefix; a
 * counsellor's update of a call-back request is guarded by the blob's ETag.
 */
export function createBlobRecords(container: ContainerClient, prefix: string, now: () => Date = () => new Date()): Records {
  return {
    conversations: new DocumentConversationIndex(new BlobDocuments<ConversationRecord>(container, `${prefix}conversations/`)),
    callbacks: new DocumentCallbackStore(new BlobDocuments<CallbackRequest>(container, `${prefix}callbacks/`), now),
    audit: new BlobAuditLog(container, prefix, now),
    insights: new BlobInsightStore(container, prefix),
    planPages: new DocumentPlanPages(
      new BlobDocuments<StoredPlanPage>(container, `${prefix}plan-pages/`),
      new BlobDocuments<ConversationPlanLink>(container, `${prefix}plan-links/`),
      now,
    ),
  };
}
