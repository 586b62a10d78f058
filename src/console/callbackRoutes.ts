import type { Server } from 'restify';
import { notFound, signedIn } from './guard.js';
import { field, formOf, param, redirect, sendHtml } from './http.js';
import { pageContext, type ConsoleServices } from './services.js';
import { callbacksPage } from './views/callbacksPage.js';

/** The call-back queue: counsellors take a request and mark it done. */
export function registerCallbackRoutes(server: Server, services: ConsoleServices): void {
  const { records } = services;

  server.get(
    '/console/callbacks',
    signedIn(services, {}, async (_req, res, session) => {
      sendHtml(res, 200, callbacksPage(pageContext(services, session), await records.callbacks.list()));
    }),
  );

  server.post(
    '/console/callbacks/:id',
    signedIn(services, { page: false }, async (req, res, session) => {
      const status = field(formOf(req), 'status');
      if (status !== 'taken' && status !== 'done') return notFound(services, res, session);
      const id = param(req, 'id');
      const updated = await records.callbacks.update(id, { status, takenBy: session.user.name });
      if (!updated) return notFound(services, res, session);
      await records.audit.record({ user: session.user.name, action: 'update-callback', target: id });
      redirect(res, '/console/callbacks');
    }),
  );
}
