// Which parts of the build are missing or older than their sources: the server and CLI
// (TypeScript in src/ compiled to dist/) and the web UI (web/ built to web/dist/).
// Plain JavaScript on purpose: it runs before anything is compiled.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_STAMP = join(ROOT, 'dist', '.build-stamp');
export const WEB_STAMP = join(ROOT, 'web', 'dist', 'index.html');

/** The newest modification time (ms) of the files under `path`, skipping tests and build output. */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

function stampTime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : -1;
}

const SERVER_INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const WEB_INPUTS = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'src/domain/model.ts', 'package-lock.json'];

/** True when dist/ is missing or older than one of its sources. */
export function serverStale() {
  const stamp = stampTime(SERVER_STAMP);
  return stamp < 0 || SERVER_INPUTS.some((p) => newest(join(ROOT, p)) > stamp);
}

/** True when web/dist is missing or older than one of its sources. */
export function webStale() {
  const stamp = stampTime(WEB_STAMP);
  return stamp < 0 || WEB_INPUTS.some((p) => newest(join(ROOT, p)) > stamp);
}

/** True when the build tools (dev dependencies) are installed, so a stale build can be rebuilt. */
export function canBuild() {
  return existsSync(join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')) && existsSync(join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'));
}
