import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import type { Logger } from '../logger.js';

export const AZURE_TOKEN_PATH = '/api/directline/token';

export interface AzureTokenRouteOptions {
  /** The Azure Bot Service Direct Line secret; it never leaves this server. */
  secret: string;
  /** Azure's Direct Line base URL (a loopback stub in tests). */
  baseUrl: string;
  logger: Logger;
}

/**
 * POST /api/directline/token: exchanges the Direct Line secret for a short-lived token at Azure's
 * Direct Line, for one new user, and hands the page only the token.
 */
export function azureTokenRoute(options: AzureTokenRouteOptions): (server: restify.Server) => void {
  return (server) => {
    server.post(AZURE_TOKEN_PATH, async (_req: restify.Request, res: restify.Response) => {
      try {
        const response = await fetch(`${options.baseUrl}/tokens/generate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json' },
          body: JSON.stringify({ user: { id: `dl_${randomBytes(12).toString('base64url')}` } }),
          signal: AbortSignal.timeout(10_000),
        });
        if (!response.ok) throw new Error(`Direct Line answered ${response.status}`);
        const body = (await response.json()) as { conversationId?: unknown; token?: unknown; expires_in?: unknown };
        if (typeof body.token !== 'string') throw new Error('Direct Line sent no token');
        res.send(200, { conversationId: body.conversationId, token: body.token, expires_in: body.expires_in });
      } catch (error) {
        options.logger.error({ err: error }, 'direct line token exchange failed');
        res.send(502, { error: { code: 'ServiceError', message: 'no token available' } });
      }
    });
  };
}
