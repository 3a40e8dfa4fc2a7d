import { describe, expect, it } from 'vitest';
import { workPage } from './work-queue.js';
import type { WorkItem } from './work-queue.js';

const item = (id: string, over: Partial<WorkItem>): WorkItem => ({ kind: 'reminder', id, caseId: 'c', caseNumber: '2026-0001', title: null, detail: null, dueAt: 0, overdue: false, link: '/', ...over });

describe('015-queue-kinds the team work queue: urgency, search, kind, pages', () => {
  const items = [
    item('a', { kind: 'meeting_to_prepare', dueAt: 300 }),
    item('b', { kind: 'action_overdue', dueAt: 200, overdue: true }),
    item('c', { kind: 'new_registration', dueAt: 100, caseNumber: '2026-0042' }),
    item('d', { kind: 'action_overdue', dueAt: 50, overdue: true, title: 'Jan de Vries' }),
  ];

  it('overdue first, longest overdue first; then by due date', () => {
    expect(workPage(items, { page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('searches case number and visible name, filters by kind and counts each kind', () => {
    expect(workPage(items, { search: '0042', page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['c']);
    expect(workPage(items, { search: 'jan DE', page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['d']);
    const overdue = workPage(items, { kind: 'action_overdue', page: 1, pageSize: 10 });
    expect(overdue.items.map((i) => i.id)).toEqual(['d', 'b']);
    expect(overdue.counts).toEqual({ new_registration: 1, triage_answer: 0, meeting_to_prepare: 1, action_overdue: 2, reminder: 0 });
  });

  it('015-queue-sort sorts by due date, by case number (newest first) or by kind; urgency stays the default', () => {
    const numbered = [item('a', { kind: 'meeting_to_prepare', dueAt: 300, caseNumber: '2026-0007' }), item('b', { kind: 'action_overdue', dueAt: 200, overdue: true, caseNumber: '2026-0003' }), item('c', { kind: 'new_registration', dueAt: 100, caseNumber: '2026-0042' }), item('e', { caseNumber: null, dueAt: 10 })];
    expect(workPage(numbered, { sort: 'due', page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['e', 'c', 'b', 'a']);
    expect(workPage(numbered, { sort: 'case', page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['c', 'a', 'b', 'e']);
    expect(workPage(numbered, { sort: 'kind', page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['c', 'a', 'b', 'e']);
    expect(workPage(numbered, { sort: 'urgency', page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['b', 'e', 'c', 'a']);
    expect(workPage(numbered, { page: 1, pageSize: 10 }).items.map((i) => i.id)).toEqual(['b', 'e', 'c', 'a']);
  });

  it('pages', () => {
    const p = workPage(items, { page: 2, pageSize: 3 });
    expect(p.items.map((i) => i.id)).toEqual(['a']);
    expect(p.total).toBe(4);
  });
});
