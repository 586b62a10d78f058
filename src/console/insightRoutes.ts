import type { Server } from 'restify';
import { signedIn } from './guard.js';
import { sendHtml } from './http.js';
import { pageContext, type ConsoleServices } from './services.js';
import { auditPage } from './views/auditPage.js';
import { insightPage } from './views/insightPage.js';

/** How many audit entries the audit page shows, newest first. */
const AUDIT_LIMIT = 500;

/** The anonymous insight charts, and the audit log for admins. */
export function registerInsightRoutes(server: Server, services: ConsoleServices): void {
  server.get(
    '/console/insight',
    signedIn(services, {}, async (_req, res, session) => {
      sendHtml(res, 200, insightPage(pageContext(services, session), await services.records.insights.read(), services.stepOrder));
    }),
  );

  server.get(
    '/console/audit',
    signedIn(services, { role: 'admin' }, async (_req, res, session) => {
      sendHtml(res, 200, auditPage(pageContext(services, session), await services.records.audit.list(AUDIT_LIMIT)));
    }),
  );
}
