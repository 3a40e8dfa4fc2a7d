#!/usr/bin/env node
// Dependency review, offline first (docs/security.md "Dependencies"): from package-lock.json the
// production closure, packages with install scripts, deprecated packages and duplicate majors;
// then `npm audit --omit=dev` when the registry's advisory endpoint answers. Where it does not
// (a closed network, a mirror without the bulk advisory endpoint), it says so and exits 0 with
// the offline part only; with --require-audit it exits 2 instead.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entries = Object.entries(lock.packages).filter(([path]) => path !== '');
const production = entries.filter(([, p]) => p.dev !== true);
const name = (path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
const majors = new Map();
for (const [path, p] of production) {
  const key = name(path);
  const set = majors.get(key) ?? new Set();
  set.add(String(p.version).split('.')[0]);
  majors.set(key, set);
}
const lines = [
  `direct production dependencies: ${Object.keys(pkg.dependencies ?? {}).length}`,
  `production closure: ${production.length} packages (development only: ${entries.length - production.length})`,
  `install scripts in production: ${production.filter(([, p]) => p.hasInstallScript).map(([path]) => name(path)).join(', ') || 'none'}`,
  `deprecated in production: ${production.filter(([, p]) => p.deprecated).map(([path, p]) => `${name(path)} (${p.deprecated})`).join(', ') || 'none'}`,
  `several majors in production: ${[...majors].filter(([, s]) => s.size > 1).map(([n, s]) => `${n} ${[...s].join('/')}`).join(', ') || 'none'}`,
];
process.stdout.write(`${lines.join('\n')}\n`);

const audit = await new Promise((resolve) => {
  execFile('npm', ['audit', '--omit=dev', '--json'], { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
    try {
      resolve(JSON.parse(stdout));
    } catch {
      resolve({ error: { summary: error?.message ?? 'no answer' } });
    }
  });
});
if (audit.metadata?.vulnerabilities !== undefined) {
  const v = audit.metadata.vulnerabilities;
  process.stdout.write(`npm audit (production): critical ${v.critical}, high ${v.high}, moderate ${v.moderate}, low ${v.low}, info ${v.info}\n`);
  process.exit(v.critical + v.high > 0 ? 1 : 0);
}
process.stdout.write(`npm audit: advisory endpoint not available (${audit.message ?? audit.error?.summary ?? 'unknown'}); only the offline review above was done.\n`);
process.exit(process.argv.includes('--require-audit') ? 2 : 0);
