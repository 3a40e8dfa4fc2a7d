/** Serves the web UI's built files (web/dist) at /, or a plain page while it is not built. */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const PLACEHOLDER = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Casustafel</title></head>
<body><main><h1>Casustafel</h1><p>De API draait op <a href="/api/openapi.json">/api/openapi.json</a>.
Bouw de webinterface met <code>npm run build</code>.</p></main></body></html>`;

export async function registerWebRoutes(app: FastifyInstance, root = resolve('web/dist')): Promise<void> {
  const index = await readFile(join(root, 'index.html'), 'utf8').catch(() => null);
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(index ?? PLACEHOLDER));
  app.get('/assets/*', { schema: { hide: true } }, async (request, reply) => {
    const rel = normalize((request.params as { '*': string })['*']).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, 'assets', rel);
    if (!file.startsWith(join(root, 'assets'))) return reply.status(404).send();
    const body = await readFile(file).catch(() => null);
    if (body === null) return reply.callNotFound();
    return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').header('cache-control', 'public, max-age=31536000, immutable').send(body);
  });
}
