import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { param, sendBody } from '../console/http.js';
import type { Messages } from '../content/messages.js';
import type { Logger } from '../logger.js';
import { sourceDir } from '../paths.js';
import type { PlanPageStore } from '../records/planPages.js';
import type { RouteRegistrar } from '../server.js';
import { PLAN_PAGE_SCRIPT_PATH, PLAN_PAGE_STYLESHEET_PATH, renderPlanErrorPage, renderPlanGonePage, renderPlanPage } from './planPage.js';
import { PLAN_PAGE_PREFIX } from './paths.js';

const DAY_MS = 86_400_000;
const HTML = 'text/html; charset=utf-8';

/** A young person's plan: never kept by a shared cache, never indexed, only this server's style sheets and script. */
const PRIVATE_PAGE = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Robots-Tag': 'noindex, nofollow',
};
const ASSET_CACHE = { 'Cache-Control': 'public, max-age=300' };

export interface PlanPageRouteOptions {
  messages: Messages;
  planPages: Pick<PlanPageStore, 'open'>;
  /** A link works this many days after it was made (the conversation's retention period). */
  retentionDays: number;
  now: () => Date;
  logger: Logger;
}

/** GET /plan/<token>: the printable plan behind a private link, or a kind 404 when the link opens nothing. */
export function planPageRoutes(options: PlanPageRouteOptions): RouteRegistrar {
  const { messages } = options;
  const gone = renderPlanGonePage(messages);
  const failed = renderPlanErrorPage(messages);
  const stylesheet = readFileSync(join(sourceDir, 'site', 'plan.css'), 'utf8');
  const script = readFileSync(join(sourceDir, 'site', 'print.js'), 'utf8');
  return (server: Server) => {
    server.get(`${PLAN_PAGE_PREFIX}:token`, async (req: Request, res: Response) => {
      const notBefore = new Date(options.now().getTime() - options.retentionDays * DAY_MS);
      try {
        const plan = await options.planPages.open(param(req, 'token'), notBefore);
        if (plan === undefined) sendBody(res, 404, HTML, gone, PRIVATE_PAGE);
        else sendBody(res, 200, HTML, renderPlanPage(messages, plan, options.retentionDays), PRIVATE_PAGE);
      } catch (error) {
        options.logger.error({ err: error }, 'could not read a plan page');
        sendBody(res, 503, HTML, failed, PRIVATE_PAGE);
      }
    });
    server.get(PLAN_PAGE_STYLESHEET_PATH, async (_req: Request, res: Response) => sendBody(res, 200, 'text/css; charset=utf-8', stylesheet, ASSET_CACHE));
    server.get(PLAN_PAGE_SCRIPT_PATH, async (_req: Request, res: Response) => sendBody(res, 200, 'application/javascript; charset=utf-8', script, ASSET_CACHE));
  };
}
