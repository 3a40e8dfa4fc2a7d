import { describe, expect, it } from 'vitest';
import { actor, buildCase, DAY, NOW } from '../../../test/support/case-facts-builder.js';
import { actsAsStaff, caseRelation, caseRelationActing, decide, decideActing, decideMeetingItemChange, staffSubstituteFor, substitutionsAt } from './decide.js';
import type { AbsenceFacts, MeetingItemFacts } from './facts.js';

const away = (overrides: Partial<AbsenceFacts> = {}): AbsenceFacts => ({ absent: 'u-pd', absentPartner: 'gem', absentRole: 'process_director', substitute: 'u-pd2', from: NOW - DAY, until: NOW + DAY, ...overrides });
const read = { kind: 'contribution', id: 'k1' } as const;

describe('substitution in the access engine (ADR 0116)', () => {
  it('002-C07 the substitute acts as the absent process director from `from` up to, not including, `until`', () => {
    const facts = buildCase({ absences: [away()] });
    expect(decide(actor('u-pd2'), buildCase(), read, 'rto', 'read', NOW).allow).toBe(false);
    expect(decideActing(actor('u-pd2'), facts, read, 'rto', 'read', NOW)).toMatchObject({ decision: { allow: true }, asSubstituteFor: 'u-pd' });
    expect(decide(actor('u-pd2'), facts, read, 'rto', 'read', NOW - DAY).allow).toBe(true);
    expect(decide(actor('u-pd2'), facts, read, 'rto', 'read', NOW - DAY - 1).allow).toBe(false);
    expect(decide(actor('u-pd2'), facts, read, 'rto', 'read', NOW + DAY).allow).toBe(false);
    expect(caseRelationActing(actor('u-pd2'), facts, 'rto', NOW)).toEqual({ denial: null, asSubstituteFor: 'u-pd' });
    expect(caseRelation(actor('u-pd2'), facts, 'rto', NOW + DAY)).not.toBeNull();
    expect(actsAsStaff(actor('u-pd2'), facts, NOW)).toBe(true);
    expect(actsAsStaff(actor('u-pd2'), facts, NOW + DAY)).toBe(false);
  });
  it('002-C07 a record naming another partner or role, or the absent person itself, lends nothing', () => {
    expect(substitutionsAt(actor('u-pol'), buildCase({ absences: [away({ substitute: 'u-pol' })] }), NOW)).toEqual([]);
    expect(decide(actor('u-gem'), buildCase({ absences: [away({ substitute: 'u-gem' })] }), read, 'rto', 'read', NOW).allow).toBe(false);
    expect(substitutionsAt(actor('u-pd'), buildCase({ absences: [away({ substitute: 'u-pd' })] }), NOW)).toEqual([]);
    // Same role, other partner: the GGZ professional named for the absent police officer, who is invited to the RTO.
    const invited = { rtoParticipants: new Set(['u-pol']), involved: new Map([['pol', new Set(['u-pol'])]]), triageAsked: new Set<string>() };
    const polAway = away({ absent: 'u-pol', absentPartner: 'pol', absentRole: 'professional', substitute: 'u-ggz' });
    expect(decide(actor('u-ggz'), buildCase(invited), read, 'rto', 'read', NOW).allow).toBe(false);
    expect(decide(actor('u-ggz'), buildCase({ ...invited, absences: [polAway] }), read, 'rto', 'read', NOW).allow).toBe(false);
    expect(decide(actor('u-pol2'), buildCase({ ...invited, absences: [{ ...polAway, substitute: 'u-pol2' }] }), read, 'rto', 'read', NOW).allow).toBe(true);
  });
  it('002-C07 the substitute gets the absent person\'s refusals; a substitute who is staff itself is not marked as substitute', () => {
    const facts = buildCase({ absences: [away()] });
    expect(decide(actor('u-pd2'), facts, read, 'screening', 'read', NOW).allow).toBe(false);
    const both = buildCase({ absences: [away()], processDirectors: new Set(['u-pd', 'u-pd2']) });
    expect(decideActing(actor('u-pd2'), both, read, 'rto', 'read', NOW).asSubstituteFor).toBeNull();
  });
  it('002-C07 a change through a substitution names the absent director; staff acting itself, or after the absence, names nobody', () => {
    const facts = buildCase({ absences: [away()] });
    expect(staffSubstituteFor(actor('u-pd2'), facts, NOW)).toBe('u-pd');
    expect(staffSubstituteFor(actor('u-pd2'), facts, NOW + DAY)).toBeNull();
    expect(staffSubstituteFor(actor('u-pd'), facts, NOW)).toBeNull();
    expect(staffSubstituteFor(actor('u-pd2'), buildCase({ absences: [away()], processDirectors: new Set(['u-pd', 'u-pd2']) }), NOW)).toBeNull();
  });
  it('002-C07 the substitute of the process director changes the meeting record while the plan runs', () => {
    const note: MeetingItemFacts = { id: 'n1', kind: 'meeting_note', meetingId: 'm1', subjects: new Set(), domain: null, ownerPartner: null, ownerUser: null };
    expect(decideMeetingItemChange(actor('u-pd2'), buildCase(), note, NOW).allow).toBe(false);
    expect(decideMeetingItemChange(actor('u-pd2'), buildCase({ absences: [away()] }), note, NOW).allow).toBe(true);
  });
});
