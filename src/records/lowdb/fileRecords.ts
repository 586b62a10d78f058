import { join } from 'node:path';
import type { Records } from '../types.js';
import { FileAuditLog } from './fileAuditLog.js';
import { FileCallbackStore } from './fileCallbackStore.js';
import { FileConversationIndex } from './fileConversationIndex.js';
import { FileInsightStore } from './fileInsightStore.js';

/**
 * The counsellors' records on local disk under `dir` (`<DATA_DIR>/records`): `conversations/`,
 * `callbacks/` (one file per item, sharded), `audit/` (one file per day), `insights/`.
 */
export function createFileRecords(dir: string, now: () => Date = () => new Date()): Records {
  const conversations = new FileConversationIndex(join(dir, 'conversations'));
  const callbacks = new FileCallbackStore(join(dir, 'callbacks'), now);
  const audit = new FileAuditLog(join(dir, 'audit'), now);
  const insights = new FileInsightStore(join(dir, 'insights'));
  return {
    conversations,
    callbacks,
    audit,
    insights,
    async flush() {
      await Promise.all([conversations.flush(), callbacks.flush(), audit.flush(), insights.flush()]);
    },
  };
}
