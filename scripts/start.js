#!/usr/bin/env node
// `npm start`: runs the compiled server (dist/main.js). When the build is missing or older than
// its sources and the build tools are installed, it builds first; an install without dev
// dependencies runs the build it was shipped with.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { ROOT, canBuild, serverStale, webStale } from './build-state.js';

const stale = [serverStale() ? '--server' : null, webStale() ? '--web' : null].filter((part) => part !== null);
if (stale.length > 0) {
  if (canBuild()) {
    process.stderr.write(`Bouwen / building (${stale.map((s) => s.slice(2)).join(', ')})…\n`);
    const args = stale.length === 2 ? [] : stale;
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) process.exit(result.status ?? 1);
  } else if (!existsSync(join(ROOT, 'dist/main.js'))) {
    process.stderr.write('Geen gecompileerde versie in dist/ en geen bouwgereedschap: voer `npm ci && npm run build` uit. / No build in dist/ and no build tools: run `npm ci && npm run build`.\n');
    process.exit(1);
  }
}
await import('../dist/main.js');
