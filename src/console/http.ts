import type { Request, Response } from 'restify';
import type { Html } from './html.js';

/** Headers on every console response: no caching of personal data, no framing, only our own resources. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export type Headers = Readonly<Record<string, string | string[]>>;

export function sendBody(res: Response, status: number, contentType: string, body: string, headers: Headers = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendHtml(res: Response, status: number, page: Html, headers: Headers = {}): void {
  sendBody(res, status, 'text/html; charset=utf-8', page.value, headers);
}

/** A 303 redirect: after a form post the browser asks for the next page with GET. */
export function redirect(res: Response, location: string, headers: Headers = {}): void {
  res.writeHead(303, { ...SECURITY_HEADERS, Location: location, 'Content-Length': 0, ...headers });
  res.end();
}

export function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://console.invalid').searchParams;
}

/** The fields of a posted form (the server's body parser reads url-encoded bodies). */
export function formOf(req: Request): Readonly<Record<string, unknown>> {
  const body: unknown = req.body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

export function field(form: Readonly<Record<string, unknown>>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value : '';
}

/** A route parameter, decoded. */
export function param(req: Request, name: string): string {
  const value: unknown = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}
