import type { Server } from 'restify';
import { matchesRecord, parseFilter, transcriptContains } from './conversationFilter.js';
import { notFound, signedIn } from './guard.js';
import { param, queryOf, redirect, sendBody, sendHtml } from './http.js';
import { pageContext, type ConsoleServices } from './services.js';
import { readTranscript, transcriptFile, transcriptFileName } from './transcriptExport.js';
import { conversationPage } from './views/conversationPage.js';
import { conversationsPage } from './views/conversationsPage.js';
import { deletePage } from './views/deletePage.js';
import { knowledgePage } from './views/knowledgePage.js';

/** At most this many conversations are listed; filters narrow the rest down. */
const LIST_LIMIT = 200;

/** The conversation list, one conversation as a chat, its export and (for admins) its deletion. */
export function registerConversationRoutes(server: Server, services: ConsoleServices): void {
  const { records, transcripts } = services;
  const load = (channelId: string, conversationId: string) => readTranscript(transcripts, channelId, conversationId);
  /** A search reads every transcript: one that cannot be read is logged and left out, and the search goes on. */
  const loadForSearch = (channelId: string, conversationId: string) =>
    load(channelId, conversationId).catch((error: unknown) => {
      services.logger.warn({ err: error, conversation: conversationId }, 'transcript unreadable; left out of a search');
      return [];
    });

  server.get('/console', signedIn(services, {}, async (_req, res) => redirect(res, '/console/conversations')));

  server.get(
    '/console/conversations',
    signedIn(services, {}, async (req, res, session) => {
      const filter = parseFilter(queryOf(req));
      const candidates = (await records.conversations.list()).filter((record) => matchesRecord(record, filter));
      const found = [];
      for (const record of candidates) {
        if (found.length >= LIST_LIMIT) break;
        const text = filter.text;
        if (text === undefined || transcriptContains(await loadForSearch(record.channelId, record.conversationId), text)) found.push(record);
      }
      const total = filter.text === undefined ? candidates.length : found.length;
      sendHtml(res, 200, conversationsPage(pageContext(services, session), filter, found, total));
    }),
  );

  server.get(
    '/console/conversations/:id',
    signedIn(services, {}, async (req, res, session) => {
      const record = await records.conversations.get(param(req, 'id'));
      if (!record) return notFound(services, res, session);
      const activities = await load(record.channelId, record.conversationId);
      await records.audit.record({ user: session.user.name, action: 'open-conversation', target: record.conversationId });
      sendHtml(res, 200, conversationPage(pageContext(services, session), services.knowledge, record, activities));
    }),
  );

  server.get(
    '/console/conversations/:id/export',
    signedIn(services, { page: false }, async (req, res, session) => {
      const record = await records.conversations.get(param(req, 'id'));
      if (!record) return notFound(services, res, session);
      const activities = await load(record.channelId, record.conversationId);
      await records.audit.record({ user: session.user.name, action: 'export-conversation', target: record.conversationId });
      sendBody(res, 200, 'application/json; charset=utf-8', transcriptFile(activities), {
        'Content-Disposition': `attachment; filename="${transcriptFileName(record.conversationId)}"`,
      });
    }),
  );

  server.get(
    '/console/conversations/:id/delete',
    signedIn(services, { role: 'admin' }, async (req, res, session) => {
      const record = await records.conversations.get(param(req, 'id'));
      if (!record) return notFound(services, res, session);
      sendHtml(res, 200, deletePage(pageContext(services, session), record));
    }),
  );

  server.post(
    '/console/conversations/:id/delete',
    signedIn(services, { role: 'admin', page: false }, async (req, res, session) => {
      const record = await records.conversations.get(param(req, 'id'));
      if (!record) return notFound(services, res, session);
      await services.forgetConversation(record);
      await records.audit.record({ user: session.user.name, action: 'delete-conversation', target: record.conversationId });
      redirect(res, '/console/conversations');
    }),
  );

  server.get(
    '/console/knowledge/:id',
    signedIn(services, {}, async (req, res, session) => {
      const entry = services.knowledge.entry(param(req, 'id'));
      if (!entry) return notFound(services, res, session);
      sendHtml(res, 200, knowledgePage(pageContext(services, session), entry));
    }),
  );
}
