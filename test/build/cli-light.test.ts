/**
 * Issue 19 (CLI start): `casustafel --help` and the command registrations load commander and
 * the light CLI modules only; the server, database, schema and services are imported lazily by
 * the command that runs. Checked on the import graph of the sources, so it holds for the build.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Static (not dynamic `import()`) imports of a module, resolved to source paths. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)) {
    const spec = m[1]!;
    found.push(spec.startsWith('.') ? resolve(dirname(file), spec.replace(/\.js$/, '.ts')) : spec);
  }
  return found;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const dep of staticImports(file)) if (dep.startsWith('/')) todo.push(dep);
  }
  return seen;
}

describe('issue 19 cli_start: the CLI loads only what a command needs', () => {
  it('cli_start: the entry point and every command registration import neither server, store, services, audit nor the config schema', () => {
    const loaded = [...closure(join(ROOT, 'src/cli/main.ts'))].map((f) => relative(ROOT, f)).sort();
    expect(loaded).toContain('src/cli/commands/audit.command.ts');
    const heavy = loaded.filter((f) => /^src\/(server|config)\.ts$|^src\/(store|services|audit|api|jobs|crypto)\/|collaboration-config|cli-context|\.action\.ts$/.test(f));
    expect(heavy).toEqual([]);
  });

  it('cli_start: the light closure holds only the CLI shell and the domain vocabulary', () => {
    const loaded = [...closure(join(ROOT, 'src/cli/main.ts'))].map((f) => relative(ROOT, f));
    for (const f of loaded) expect(f).toMatch(/^src\/cli\/(main|cli-options|commands\/[a-z-]+\.command)\.ts$|^src\/config-error\.ts$|^src\/domain\/model\.ts$/);
  });
});
