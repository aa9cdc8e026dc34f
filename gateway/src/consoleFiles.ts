import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types of what a Vite build writes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Paths the console never answers: the API and the probes stay the service's own. */
const RESERVED = new Set(['/graphql', '/health', '/ready', '/metrics']);

/** Vite names built assets `assets/<name>-<hash>.<ext>`: their content never changes under a name. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * The console's page may run only its own scripts and talk only to its own
 * origin (the gateway's /graphql), may not be framed, and sends no referrer.
 * Styles allow inline ones: the charts set style attributes on what they draw.
 * The workbook download is a blob: link the page makes itself; the API
 * explorer's icon fonts are inlined as data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface ConsoleFilesOptions {
  /** the console's built files (packages/console/dist) */
  dir: string;
  /**
   * The example role tokens of a local hub, served as /dev-tokens.json so the
   * console can offer them one click each. Only `pnpm start` passes them; a
   * production gateway never does.
   */
  devTokens?: ReadonlyArray<{ label: string; token: string }> | undefined;
}

/**
 * Serves the web console's single-page app: a built file by its path with
 * its content type, hashed assets cached for a year, anything else that is
 * not a file answered with index.html (the app's own routes), never
 * /graphql or the probes.
 */
export function consoleFiles(options: ConsoleFilesOptions) {
  const root = resolve(options.dir);
  const index = join(root, 'index.html');
  const devTokens = options.devTokens ? JSON.stringify(options.devTokens) : undefined;

  function send(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    type: string,
    cache: string,
    body: Buffer | string,
  ): void {
    response.statusCode = status;
    response.setHeader('content-type', type);
    response.setHeader('cache-control', cache);
    response.setHeader('x-content-type-options', 'nosniff');
    if (type === TYPES['.html']) {
      response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      response.setHeader('referrer-policy', 'no-referrer');
    }
    response.setHeader('content-length', Buffer.byteLength(body));
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function fileAt(pathname: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const path = normalize(join(root, decoded));
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    try {
      return statSync(path).isFile() ? path : undefined;
    } catch {
      return undefined;
    }
  }

  return (request: IncomingMessage, response: ServerResponse, pathname: string): boolean => {
    if (RESERVED.has(pathname)) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (pathname === '/dev-tokens.json') {
      if (!devTokens) return false;
      send(request, response, 200, TYPES['.json'] as string, 'no-store', devTokens);
      return true;
    }
    const file = pathname === '/' ? undefined : fileAt(pathname);
    if (file) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const cache = HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
      send(request, response, 200, type, cache, readFileSync(file));
      return true;
    }
    // A missing asset is a 404, not the app: a stale page must not get HTML for its script.
    if (pathname.startsWith('/assets/') || extname(pathname) !== '') return false;
    try {
      send(request, response, 200, TYPES['.html'] as string, 'no-cache', readFileSync(index));
      return true;
    } catch {
      return false;
    }
  };
}
