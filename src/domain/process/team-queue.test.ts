import { describe, expect, it } from 'vitest';
import { checkTakeFromQueue, inQueueOf } from './team-queue.js';
import type { QueueFacts } from './team-queue.js';

const facts: QueueFacts = { role: 'process_director', phase: 'screening', officerPartnerId: null, actorPartnerId: 'gemeente', heldByActor: false };

describe('015-queue the team queue of the process directors', () => {
  it('a process director takes a new case of the house, or of a table whose officer is its own partner', () => {
    expect(checkTakeFromQueue(facts)).toEqual({ ok: true });
    expect(checkTakeFromQueue({ ...facts, officerPartnerId: 'gemeente' })).toEqual({ ok: true });
  });

  it('refuses another role, a case past screening, a table of another officer and a case already its own', () => {
    expect(checkTakeFromQueue({ ...facts, role: 'professional' })).toMatchObject({ ok: false, reason: 'actor_not_process_director' });
    expect(checkTakeFromQueue({ ...facts, phase: 'triage' })).toMatchObject({ ok: false, reason: 'not_new' });
    expect(checkTakeFromQueue({ ...facts, officerPartnerId: 'jeugdzorg' })).toMatchObject({ ok: false, reason: 'not_in_pool' });
    expect(checkTakeFromQueue({ ...facts, officerPartnerId: '' })).toMatchObject({ ok: false, reason: 'not_in_pool' });
    expect(checkTakeFromQueue({ ...facts, heldByActor: true })).toMatchObject({ ok: false, reason: 'already_yours' });
  });

  it('the queue lists exactly the cases the director could take', () => {
    expect(inQueueOf(facts)).toBe(true);
    expect(inQueueOf({ ...facts, heldByActor: true })).toBe(false);
    expect(inQueueOf({ ...facts, officerPartnerId: 'jeugdzorg' })).toBe(false);
  });
});
