/**
 * The deletion journal: one JSON line per deleted case, appended and flushed to disk inside the
 * deleting transaction (before it commits), in a file kept apart from the database — like the
 * master key. Restoring an older backup brings back the database as it was, but not the journal:
 * at start the server re-applies every journaled deletion the restored database lacks, so no
 * deleted case returns. Entries hold ids, the rule and the time only: no personal data.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DeletionJournal, DeletionJournalEntry } from '../services/ports.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseLine(line: string): DeletionJournalEntry | null {
  try {
    const value = JSON.parse(line) as Partial<Record<keyof DeletionJournalEntry, unknown>>;
    if (typeof value.caseId !== 'string' || !UUID.test(value.caseId)) return null;
    if (value.rule !== 'P12' && value.rule !== 'P13') return null;
    if (typeof value.at !== 'string' || Number.isNaN(Date.parse(value.at))) return null;
    return { caseId: value.caseId, rule: value.rule, at: value.at };
  } catch {
    return null;
  }
}

export function fileDeletionJournal(path: string): DeletionJournal {
  return {
    path,
    record: async (entry) => {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'a', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify({ caseId: entry.caseId, rule: entry.rule, at: entry.at })}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    entries: async () => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if (typeof error === 'object' && error !== null && Reflect.get(error, 'code') === 'ENOENT') return [];
        throw error;
      }
      // A line cut short by a crash during its append is skipped: its transaction never committed.
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map(parseLine)
        .filter((e): e is DeletionJournalEntry => e !== null);
    },
  };
}
