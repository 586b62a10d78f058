import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type restify from 'restify';
import type { Messages } from '../content/messages.js';
import { sourceDir } from '../paths.js';
import { RETURN_PATH } from '../comeback/returnDesk.js';
import { renderEmbedScript } from './embedScript.js';
import { pageSecurityPolicy, renderPage, type PageMode } from './page.js';

export interface WidgetRouteOptions {
  messages: Messages;
  mode: PageMode;
  allowedOrigins: readonly string[];
  /** The VAPID public key when push reminders are configured: the page then offers them. */
  pushKey?: string | undefined;
}

/** A file served from memory, gzipped once (on the first request that accepts it) for browsers. */
interface Asset {
  type: string;
  body: Buffer;
  gzipped: () => Buffer;
  cacheControl: string;
}

const staticDir = join(sourceDir, 'webchat', 'static');
/** Web Chat's self-contained browser bundle, from the installed package: no CDN. */
const webChatBundle = resolve(dirname(createRequire(import.meta.url).resolve('botframework-webchat')), '../dist/webchat.js');

const JS = 'application/javascript; charset=utf-8';

/** The widget: the chat page at /, /embed.js for other sites, and the page's scripts and styles. */
export function widgetRoutes(options: WidgetRouteOptions): (server: restify.Server) => void {
  const label = options.messages.text('webchat.page.label');
  const page = asset('text/html; charset=utf-8', Buffer.from(renderPage(options.messages, options.mode, options.pushKey)), 'no-store');
  const embed = asset(JS, Buffer.from(renderEmbedScript(options.allowedOrigins, label)), 'public, max-age=300');
  const assets = new Map<string, Asset>([
    ['/webchat/webchat.js', asset(JS, readFileSync(webChatBundle), 'public, max-age=86400')],
    ['/webchat/chat.js', staticAsset(JS, '/webchat/chat.js')],
    ['/webchat/chat.css', staticAsset('text/css; charset=utf-8', '/webchat/chat.css')],
    // The service worker of the push reminder: at the root, so its scope is the whole site.
    ['/sw.js', staticAsset(JS, '/sw.js')],
  ]);
  const pageHeaders = {
    'content-security-policy': pageSecurityPolicy(options.mode, options.allowedOrigins),
    'referrer-policy': 'no-referrer',
  };

  return (server) => {
    server.get('/', async (req: restify.Request, res: restify.Response) => serve(req, res, page, pageHeaders));
    // A private link opens the same page; its script continues the link's conversation.
    server.get(`${RETURN_PATH}/:token`, async (req: restify.Request, res: restify.Response) => serve(req, res, page, pageHeaders));
    server.get('/embed.js', async (req: restify.Request, res: restify.Response) => serve(req, res, embed, {}));
    for (const [path, file] of assets) {
      server.get(path, async (req: restify.Request, res: restify.Response) => serve(req, res, file, {}));
    }
  };
}

/** Gzipping Web Chat's bundle takes a while, so it waits for the first browser instead of start-up. */
function asset(type: string, body: Buffer, cacheControl: string): Asset {
  let gzipped: Buffer | undefined;
  return { type, body, gzipped: () => (gzipped ??= gzipSync(body)), cacheControl };
}

/** The page's own script or style sheet, from static/ (by the file name of its path). */
function staticAsset(type: string, path: string): Asset {
  return asset(type, readFileSync(join(staticDir, basename(path))), 'no-cache');
}

function serve(req: restify.Request, res: restify.Response, file: Asset, extra: Record<string, string>): void {
  const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
  const body = gzip ? file.gzipped() : file.body;
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': String(body.length),
    'cache-control': file.cacheControl,
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    ...extra,
  });
  res.end(body);
}
