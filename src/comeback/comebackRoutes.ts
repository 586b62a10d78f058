import type restify from 'restify';
import { z } from 'zod';
import { ClientRateLimit } from '../console/clientRateLimit.js';
import type { Messages } from '../content/messages.js';
import type { Logger } from '../logger.js';
import { calendarFile } from './calendarFile.js';
import { RETURN_PATH, returnLinkPath } from './returnDesk.js';
import type { ReturnPasses } from './returnPasses.js';

const PUSH_SUBSCRIBE_PATH = '/api/push/subscribe';

export interface ComebackRouteOptions {
  passes: ReturnPasses;
  messages: Messages;
  logger: Logger;
  now: () => Date;
  /** The public base URL, for the link in the calendar file; the request's host when empty. */
  publicUrl: string;
  /** Whether push reminders are configured; without them the subscribe route refuses. */
  push: boolean;
  /** Tries per client address (a link that is wrong counts): twenty in fifteen minutes unless given. */
  tries?: ClientRateLimit;
}

/** A push service's address: always https (web-push sends nothing else). */
const endpoint = z.url({ protocol: /^https$/ }).max(2_000);

const subscribeBody = z.object({
  link: z.string().max(100),
  subscription: z.object({
    endpoint,
    keys: z.object({ p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}=*$/), auth: z.string().regex(/^[A-Za-z0-9_-]{16,32}=*$/) }),
  }),
});

/**
 * What the private link opens besides the chat: the calendar file of the agreed follow-up day, and
 * (on the website) the push subscription for that day. Both need the link's token.
 */
export function comebackRoutes(options: ComebackRouteOptions): (server: restify.Server) => void {
  const tries = options.tries ?? new ClientRateLimit({ max: 20, windowMs: 15 * 60_000 });
  const allowed = (req: restify.Request, res: restify.Response): boolean => {
    if (tries.take(req.socket.remoteAddress ?? 'unknown')) return true;
    res.send(429, { error: 'too many tries' });
    return false;
  };
  return (server) => {
    server.get(`${RETURN_PATH}/:token/agenda.ics`, async (req: restify.Request, res: restify.Response) => {
      if (!allowed(req, res)) return;
      const token = String(req.params.token ?? '');
      const pass = await options.passes.byLink(token);
      if (!pass?.followUpAt) {
        res.send(404, { error: 'no such follow-up' });
        return;
      }
      const base = options.publicUrl !== '' ? options.publicUrl.replace(/\/$/, '') : `http://${req.headers.host ?? 'localhost'}`;
      const body = calendarFile({
        day: new Date(pass.followUpAt),
        title: options.messages.text('comeback.calendar.title'),
        description: options.messages.text('comeback.calendar.description'),
        url: `${base}${returnLinkPath(token)}`,
        now: options.now(),
      });
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="terugkomen.ics"',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    });

    server.post(PUSH_SUBSCRIBE_PATH, async (req: restify.Request, res: restify.Response) => {
      if (!options.push) {
        res.send(404, { error: 'push reminders are not configured' });
        return;
      }
      if (!allowed(req, res)) return;
      const parsed = subscribeBody.safeParse(req.body);
      if (!parsed.success) {
        res.send(400, { error: 'a link and a push subscription are needed' });
        return;
      }
      const pass = await options.passes.byLink(parsed.data.link);
      if (!pass) {
        res.send(404, { error: 'unknown link' });
        return;
      }
      await options.passes.subscribe(pass.current, parsed.data.subscription);
      options.logger.info('push reminder subscribed');
      res.send(201, { subscribed: true });
    });
  };
}
