/**
 * No configuration field without effect (issue 11 item 5): every leaf of the collaboration schema
 * has a test that changes it in a copy of a shipped configuration and shows the behaviour change
 * over the API (`withChangedField(s, slug, configField(path), value, …)`, see test/support/config-field.ts).
 *
 * `AWAITING_BEHAVIOUR_TEST` lists, openly, the leaves that have no such test yet and who is to
 * write it. Whoever adds the test removes the entry: this test fails for a listed leaf that has a
 * test, for a leaf that has neither, and for a `configField` that names no leaf.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collaborationConfigShape } from '../../src/domain/config/collaboration-config.shape.js';
import { leafOf, schemaLeaves } from './schema-leaves.js';

type Owner =
  | 'tables (issue 12)'
  | 'process (issue 11 items 1, 2, 6)'
  | 'privacy engine (issue 13)'
  | 'config (issue 11 items 3-5)'
  | 'display text: shown to users, no behaviour test yet';

/** Leaves without a behaviour test yet, and who is to write it. Remove an entry with its test. */
const AWAITING_BEHAVIOUR_TEST: Readonly<Record<string, Owner>> = {
};

const ROOT = join(import.meta.dirname, '..', '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return /\.(test|e2e)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every configField call in a test file, with the file that names it. */
function changedFields(): { readonly path: string; readonly file: string }[] {
  const files = ['src', 'test', 'e2e'].flatMap((d) => testFiles(join(ROOT, d)));
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/configField\(\s*'([^']+)'\s*\)/g)].map((m) => ({ path: m[1] ?? '', file: relative(ROOT, file) })));
}

describe('no configuration field without effect (issue 11 item 5)', () => {
  const leaves = schemaLeaves(collaborationConfigShape);
  const changed = changedFields();
  const tested = new Set(changed.map((c) => leafOf(c.path)));

  it('§6 the schema has leaves to check (the enumeration reads the zod schema)', () => {
    expect(leaves).toContain('informSubject.processDirectorMayInformOnBehalf');
    expect(leaves).toContain('partners[].shell');
    expect(leaves).toContain('tables[].frequency.meetingsPerYear.min');
    expect(leaves.length).toBeGreaterThan(90);
  });

  it('§6 every configField a test changes names a leaf of the schema (or an object of leaves changed with it)', () => {
    const names = (path: string): boolean => leaves.some((leaf) => leaf === path || leaf.startsWith(`${path}.`));
    const unknown = changed.filter((c) => !names(leafOf(c.path)));
    expect(unknown).toEqual([]);
  });

  it('§6 every leaf of the schema has a behaviour test, or is listed as awaiting one', () => {
    const missing = leaves.filter((leaf) => !tested.has(leaf) && AWAITING_BEHAVIOUR_TEST[leaf] === undefined);
    expect(missing).toEqual([]);
  });

  it('§6 a leaf with a behaviour test leaves the awaiting list, and the list names only leaves', () => {
    const stale = Object.keys(AWAITING_BEHAVIOUR_TEST).filter((leaf) => tested.has(leaf) || !leaves.includes(leaf));
    expect(stale).toEqual([]);
  });
});
