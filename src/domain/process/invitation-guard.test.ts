import { describe, expect, it } from 'vitest';
import type { Consent, ThirdPartyAccess } from '../model.js';
import { checkAttendance, checkInvitation } from './invitation-guard.js';
import type { Invitation } from './meeting.js';
import { buildCaseState, NOW } from './case-state.test-support.js';
import { canonical, nijmegen, venlo } from './shipped-variants.test-support.js';

const invite = (invitee: Invitation['invitee'], role: Invitation['role']): Invitation => ({ invitee, role, invitedAt: '2025-05-30' });
const subjectConsent: Consent = { id: 'c1', subjectId: 's1', partners: ['gemeente'], scope: 'RTO', givenAt: '2025-05-01', obtainedBy: 'u', revokedAt: null, refused: false };
const third: ThirdPartyAccess = {
  userId: 'school-1',
  partnerId: 'derde',
  basis: { kind: 'public_task', law: 'Wet op het primair onderwijs' },
  declarationSignedAt: '2025-05-20',
  consentsFrom: ['gemeente', 'politie'],
  subjectInformedAt: '2025-05-21',
  motivated: true,
  addedAt: '2025-05-20',
  releasedTo: true,
};
const state = buildCaseState({ phase: 'triage', consents: [subjectConsent], thirdParties: [third] });

describe('P2 lawful attendance at the RTO', () => {
  it('P2 invitation: a professional of an active partner is invited as expert, informant or executor', () => {
    expect(checkInvitation(invite({ kind: 'partner', partnerId: 'ggz', userId: 'u' }, 'intended_executor'), state, canonical, NOW)).toEqual({ ok: true });
    expect(checkInvitation(invite({ kind: 'partner', partnerId: 'ggz', userId: 'u' }, 'subject'), state, canonical, NOW)).toMatchObject({ ok: false, reason: 'invitee_role_mismatch' });
  });

  it('P2 invitation: a partner that is not active is not invited', () => {
    expect(checkInvitation(invite({ kind: 'partner', partnerId: 'vertrokken', userId: 'u' }, 'expert'), state, canonical, NOW)).toEqual({ ok: false, rule: 'P2', reason: 'invitee_not_active_partner' });
    expect(checkInvitation(invite({ kind: 'partner', partnerId: 'derde', userId: 'u' }, 'expert'), state, canonical, NOW)).toMatchObject({ ok: false, reason: 'invitee_not_active_partner' });
  });

  it('P2 invitation: the subject attends only where the collaboration allows it (Venlo, not Nijmegen)', () => {
    const subject = invite({ kind: 'subject', subjectId: 's1' }, 'subject');
    expect(checkInvitation(subject, state, nijmegen, NOW)).toEqual({ ok: false, rule: 'P2', reason: 'subject_may_not_attend' });
    expect(checkInvitation(subject, state, venlo, NOW)).toEqual({ ok: true });
    expect(checkInvitation(invite({ kind: 'subject', subjectId: 'someone-else' }, 'subject'), state, venlo, NOW)).toMatchObject({ ok: false, reason: 'subject_may_not_attend' });
  });

  it('P2 invitation: the subject or a representative attends only with signed consent', () => {
    const rep = invite({ kind: 'representative', subjectId: 's1', name: 'Zus', identifiedAt: null }, 'representative');
    const noConsent = { ...state, consents: [] };
    expect(checkInvitation(rep, noConsent, venlo, NOW)).toEqual({ ok: false, rule: 'P2', reason: 'attendee_without_consent' });
    expect(checkInvitation(rep, { ...state, consents: [{ ...subjectConsent, revokedAt: '2025-05-31' }] }, venlo, NOW)).toMatchObject({ ok: false, reason: 'attendee_without_consent' });
    expect(checkInvitation(rep, state, venlo, NOW)).toEqual({ ok: true });
    expect(checkInvitation({ ...rep, role: 'expert' }, state, venlo, NOW)).toMatchObject({ ok: false, reason: 'invitee_role_mismatch' });
  });

  it('P2 attendance: a representative takes part only after identifying', () => {
    const rep = invite({ kind: 'representative', subjectId: 's1', name: 'Zus', identifiedAt: null }, 'representative');
    expect(checkAttendance(rep, state, venlo, NOW)).toEqual({ ok: false, rule: 'P2', reason: 'representative_not_identified' });
    const identified = invite({ kind: 'representative', subjectId: 's1', name: 'Zus', identifiedAt: '2025-06-01T09:00:00Z' }, 'representative');
    expect(checkAttendance(identified, state, venlo, NOW)).toEqual({ ok: true });
  });

  it('P11 third party: invited only with basis, all partners consenting, declaration and subject informed', () => {
    const thirdInvite = invite({ kind: 'third_party', userId: 'school-1' }, 'informant');
    expect(checkInvitation(thirdInvite, state, canonical, NOW)).toEqual({ ok: true });
    const broken: ThirdPartyAccess[] = [
      { ...third, basis: null },
      { ...third, declarationSignedAt: null },
      { ...third, consentsFrom: ['gemeente'] },
      { ...third, subjectInformedAt: null },
    ];
    for (const t of broken) {
      expect(checkInvitation(thirdInvite, { ...state, thirdParties: [t] }, canonical, NOW)).toEqual({ ok: false, rule: 'P11', reason: 'third_party_conditions_unmet' });
    }
    expect(checkInvitation(invite({ kind: 'third_party', userId: 'unknown' }, 'informant'), state, canonical, NOW)).toMatchObject({ ok: false, reason: 'third_party_conditions_unmet' });
  });
});
