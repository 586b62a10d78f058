import { join } from 'node:path';
import { DocumentCallbackStore } from '../callbackStore.js';
import { DocumentConversationIndex } from '../conversationIndex.js';
import { DocumentPlanPages, type ConversationPlanLink, type StoredPlanPage } from '../planPages.js';
import type { CallbackRequest, ConversationRecord, Records } from '../types.js';
import type { WriteBehind } from '../../storage/writeBehind.js';
import { FileAuditLog } from './fileAuditLog.js';
import { FileInsightStore } from './fileInsightStore.js';
import { JsonDocuments } from './jsonDocuments.js';

/**
 * The counsellors' records on local disk under `dir` (`<DATA_DIR>/records`): `conversations/`,
 * `callbacks/` and `plan-pages/` (one file per item, sharded), `audit/` (one file per day), `insights/`. With
 * `writeBehind`, the conversation records a turn updates are written behind (see WriteBehind); a
 * call-back request is always written before it is confirmed.
 */
export function createFileRecords(dir: string, now: () => Date = () => new Date(), writeBehind?: WriteBehind): Records {
  const conversations = new JsonDocuments<ConversationRecord>(join(dir, 'conversations'), writeBehind);
  const callbacks = new JsonDocuments<CallbackRequest>(join(dir, 'callbacks'));
  const audit = new FileAuditLog(join(dir, 'audit'), now);
  const insights = new FileInsightStore(join(dir, 'insights'));
  const planPages = new JsonDocuments<StoredPlanPage>(join(dir, 'plan-pages', 'pages'));
  const planLinks = new JsonDocuments<ConversationPlanLink>(join(dir, 'plan-pages', 'links'));
  return {
    conversations: new DocumentConversationIndex(conversations),
    callbacks: new DocumentCallbackStore(callbacks, now),
    audit,
    insights,
    planPages: new DocumentPlanPages(planPages, planLinks, now),
    async flush() {
      await Promise.all([conversations.flush(), callbacks.flush(), audit.flush(), insights.flush(), planPages.flush(), planLinks.flush()]);
    },
  };
}
