/**
 * Serves the web UI's built files (web/dist): `index.html` at `/` and at every client route
 * (a single-page app), hashed assets under `/assets/`, and the few files at the root of
 * web/dist (favicon). Paths never leave web/dist; `/api/...` never falls back to the page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const PLACEHOLDER = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Casustafel</title></head>
<body><main><h1>Casustafel</h1><p>De API draait op <a href="/api/openapi.json">/api/openapi.json</a>.
Bouw de webinterface met <code>npm run build</code>.</p></main></body></html>`;

/** A client route: letters, digits, dashes and slashes only, no dots (so never a file or `..`). */
const CLIENT_ROUTE = /^\/[a-zA-Z0-9\-/]*$/;
/** A hashed asset name as Vite writes it: one path segment, no traversal possible. */
const ASSET = /^[a-zA-Z0-9_\-.]+$/;

export async function registerWebRoutes(app: FastifyInstance, webDir = 'web/dist'): Promise<void> {
  const root = resolve(webDir);
  const assetsDir = join(root, 'assets');
  // The files directly in web/dist (copied from web/public), listed once at start: only these are served.
  const rootFiles = new Set((await readdir(root, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile() && e.name !== 'index.html').map((e) => e.name));

  // Read per request (it is small): a rebuild of the UI shows without restarting the server.
  const sendIndex = async (reply: FastifyReply): Promise<FastifyReply> => {
    const index = await readFile(join(root, 'index.html'), 'utf8').catch(() => null);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(index ?? PLACEHOLDER);
  };

  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));

  app.get('/assets/*', { schema: { hide: true } }, async (request, reply) => {
    const name = (request.params as { '*': string })['*'];
    if (!ASSET.test(name) || name.startsWith('.')) return reply.callNotFound();
    const file = resolve(assetsDir, name);
    if (!file.startsWith(assetsDir + sep)) return reply.callNotFound();
    const body = await readFile(file).catch(() => null);
    if (body === null) return reply.callNotFound();
    return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').header('cache-control', 'public, max-age=31536000, immutable').send(body);
  });

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const name = path.slice(1);
    if (rootFiles.has(name)) {
      const body = await readFile(join(root, name)).catch(() => null);
      if (body === null) return reply.callNotFound();
      return reply.type(TYPES[extname(name)] ?? 'application/octet-stream').header('cache-control', 'public, max-age=3600').send(body);
    }
    if (!CLIENT_ROUTE.test(path)) return reply.callNotFound();
    return sendIndex(reply);
  });
}
