/** Issue 19 item 5: the deletion journal file (append with fsync, read back, torn lines skipped). */
import { appendFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fileDeletionJournal } from '../../src/store/deletion-journal.js';
import { tempDir } from '../support/db.js';

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir('journal');
});
afterAll(async () => {
  await dir.remove();
});

describe('issue 19 deletion journal', () => {
  it('P13 journal: entries are appended owner-only, read back in order, and a line torn by a crash is skipped', async () => {
    const path = join(dir.path, 'sub', 'deletions.jsonl');
    const journal = fileDeletionJournal(path);
    expect(await journal.entries()).toEqual([]);
    await journal.record({ caseId: '11111111-1111-4111-8111-111111111111', rule: 'P13', at: '2026-12-01T10:00:00.000Z' });
    await journal.record({ caseId: '22222222-2222-4222-8222-222222222222', rule: 'P12', at: '2026-12-02T10:00:00.000Z' });
    await appendFile(path, '{"caseId":"33333333-3333-4333-8333-3333');
    expect((await stat(path)).mode & 0o077).toBe(0);
    expect((await journal.entries()).map((e) => [e.caseId.slice(0, 1), e.rule])).toEqual([
      ['1', 'P13'],
      ['2', 'P12'],
    ]);
    expect(await readFile(path, 'utf8')).not.toMatch(/name|bsn/i);
  });

  it('P13 journal: by default it lies beside DATA_DIR, outside the data directory a cold copy backs up', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/casustafel/data/' }).deletionJournal).toBe('/var/lib/casustafel/data.deletions.jsonl');
    expect(loadConfig({ DATA_DIR: '/srv/x', DELETION_JOURNAL: '/etc/casustafel/deletions.jsonl' }).deletionJournal).toBe('/etc/casustafel/deletions.jsonl');
  });
});
