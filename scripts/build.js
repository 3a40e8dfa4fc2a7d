#!/usr/bin/env node
// `npm run build`: compiles the server and CLI (src/ → dist/, the SQL migrations copied along)
// and builds the web UI (web/ → web/dist/). `--server` or `--web` builds one part;
// `--if-stale` builds only the parts older than their sources.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { ROOT, SERVER_STAMP, serverStale, webStale } from './build-state.js';

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function buildServer() {
  rmSync(SERVER_STAMP, { force: true });
  run([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
  const from = join(ROOT, 'src/store/migrations');
  const to = join(ROOT, 'dist/store/migrations');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (name.endsWith('.sql')) copyFileSync(join(from, name), join(to, name));
  writeFileSync(SERVER_STAMP, `${new Date().toISOString()}\n`);
}

export function buildWeb() {
  run([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'web']);
  run([join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn']);
}

const args = new Set(process.argv.slice(2));
const onlyServer = args.has('--server');
const onlyWeb = args.has('--web');
const ifStale = args.has('--if-stale');
if (!onlyWeb && (!ifStale || serverStale())) buildServer();
if (!onlyServer && (!ifStale || webStale())) buildWeb();
