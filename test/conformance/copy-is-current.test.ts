/**
 * The shared conformance vectors are copied into the repository so that a clone tests on its
 * own. When the shared folder sits beside the repository, the copy must be byte-for-byte current.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const copy = fileURLToPath(new URL('./decisions.json', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/conformance/decisions.json', import.meta.url));

describe('the repository copy of the shared conformance vectors', () => {
  if (existsSync(shared)) {
    it('is identical to ../shared/conformance/decisions.json', () => {
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(shared, 'utf8'));
    });
  } else {
    it('is present and holds the 53 shared vectors (no ../shared beside this clone to compare with)', () => {
      const parsed = JSON.parse(readFileSync(copy, 'utf8')) as { vectors: unknown[] };
      expect(parsed.vectors).toHaveLength(53);
    });
  }
});
