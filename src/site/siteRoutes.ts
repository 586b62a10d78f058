import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { sendBody } from '../console/http.js';
import type { Messages } from '../content/messages.js';
import { sourceDir } from '../paths.js';
import type { RouteRegistrar } from '../server.js';
import type { NoticeContent, NoticeSettings } from './noticeContent.js';
import { renderPrivacyPage, renderTermsPage, SITE_STYLESHEET_PATH } from './noticePage.js';
import { PRIVACY_PATH, TERMS_PATH } from './paths.js';

/** Public pages may be cached briefly; the settings they show change only with a restart. */
const CACHE = { 'Cache-Control': 'public, max-age=300' };

/** /privacy and /terms, rendered once from the content and the running settings. */
export function siteRoutes(messages: Messages, notices: NoticeContent, settings: NoticeSettings): RouteRegistrar {
  const privacy = renderPrivacyPage(messages, notices.privacy, settings);
  const terms = renderTermsPage(messages, notices.terms, settings);
  const stylesheet = readFileSync(join(sourceDir, 'site', 'site.css'), 'utf8');
  const page = (body: string) => async (_req: Request, res: Response) => sendBody(res, 200, 'text/html; charset=utf-8', body, CACHE);
  return (server: Server) => {
    server.get(PRIVACY_PATH, page(privacy));
    server.get(TERMS_PATH, page(terms));
    server.get(SITE_STYLESHEET_PATH, async (_req: Request, res: Response) => sendBody(res, 200, 'text/css; charset=utf-8', stylesheet, CACHE));
  };
}
