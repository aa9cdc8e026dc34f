import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** What is worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/** A body's encodings, made once per file (the built files do not change while served). */
interface Encoded {
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * The encoding to answer with: brotli where the browser takes it (browsers
 * offer it over HTTPS, as behind the ingress), else gzip, else none. A
 * q=0 refuses an encoding.
 */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
  const offered = new Map(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return [name?.trim().toLowerCase() ?? '', q ? Number(q.slice(2)) : 1] as const;
      }),
  );
  const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

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
  const encoded = new Map<string, { stamp: string; body: Encoded }>();

  /** A file's body, with its compressed forms made on first use and kept while the file is unchanged. */
  function bodyOf(path: string, type: string, encoding: 'br' | 'gzip' | 'identity'): Buffer {
    const stat = statSync(path);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    let entry = encoded.get(path);
    if (entry?.stamp !== stamp) {
      entry = { stamp, body: { identity: readFileSync(path) } };
      encoded.set(path, entry);
    }
    if (encoding === 'identity' || !COMPRESSIBLE.test(type)) return entry.body.identity;
    if (encoding === 'br') {
      entry.body.br ??= brotliCompressSync(entry.body.identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      });
      return entry.body.br;
    }
    entry.body.gzip ??= gzipSync(entry.body.identity, { level: 9 });
    return entry.body.gzip;
  }

  function sendFile(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    type: string,
    cache: string,
  ): void {
    const encoding = COMPRESSIBLE.test(type)
      ? chooseEncoding(request.headers['accept-encoding'])
      : 'identity';
    const body = bodyOf(path, type, encoding);
    if (COMPRESSIBLE.test(type)) response.setHeader('vary', 'accept-encoding');
    if (encoding !== 'identity') response.setHeader('content-encoding', encoding);
    send(request, response, 200, type, cache, body);
  }

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
      sendFile(request, response, file, type, cache);
      return true;
    }
    // A missing asset is a 404, not the app: a stale page must not get HTML for its script.
    if (pathname.startsWith('/assets/') || extname(pathname) !== '') return false;
    try {
      sendFile(request, response, index, TYPES['.html'] as string, 'no-cache');
      return true;
    } catch {
      return false;
    }
  };
}
