import { describe, expect, it } from 'vitest';
import { planIsComplete, updateMeeting } from './meeting.js';
import { checkPoliceProvision } from './police-provision.js';
import { heldMeeting, plannedMeeting } from './case-state.test-support.js';
import { PROCESS_REASONS, reasonMessage } from './reasons.js';
import type { PoliceProvision } from './records.js';

describe('meeting records', () => {
  it('meeting: an update on the current version applies and bumps the version', () => {
    const result = updateMeeting(plannedMeeting, 1, { agenda: ['Nieuw punt'] });
    expect(result).toMatchObject({ ok: true, meeting: { agenda: ['Nieuw punt'], version: 2 } });
  });

  it('meeting: an update on a stale version is refused, nothing is overwritten', () => {
    expect(updateMeeting(heldMeeting, 1, { record: null })).toEqual({ ok: false, reason: 'version_conflict', current: 2 });
  });

  it('meeting: a plan needs a goal and actions with owner and due date', () => {
    const plan = heldMeeting.record!.plan;
    expect(planIsComplete(plan)).toBe(true);
    expect(planIsComplete({ ...plan, goals: [] })).toBe(false);
    expect(planIsComplete({ ...plan, actions: [{ ...plan.actions[0]!, ownerPartner: '' }] })).toBe(false);
    expect(planIsComplete({ ...plan, actions: [{ ...plan.actions[0]!, dueAt: '' }] })).toBe(false);
  });
});

describe('P9 police provisions', () => {
  const provision: PoliceProvision = {
    caseId: 'case-1',
    recipientOrganisation: 'gemeente',
    providedAt: '2025-06-01T10:00:00Z',
    dataDescription: 'Drie meldingen van overlast in 2025',
    purpose: 'Voorbereiding RTO',
    collaborationName: 'Zorgnetwerk Venlo',
    providedBy: 'prof-politie',
    wpgDecision: 'Art. 20-besluit Zorgnetwerk Venlo',
  };

  it('P9 police data: a provision with every Wpg art. 32 field is accepted', () => {
    expect(checkPoliceProvision(provision)).toEqual({ ok: true });
  });

  it('P9 police data: a provision missing an art. 32 field is refused', () => {
    for (const field of ['recipientOrganisation', 'dataDescription', 'purpose', 'collaborationName', 'providedBy'] as const) {
      expect(checkPoliceProvision({ ...provision, [field]: '' })).toEqual({ ok: false, rule: 'P9', reason: 'police_provision_incomplete' });
    }
    expect(checkPoliceProvision({ ...provision, providedAt: 'gisteren' })).toMatchObject({ ok: false });
  });
});

describe('reason codes', () => {
  it('every reason code has a rule and a message in Dutch and English', () => {
    for (const code of Object.keys(PROCESS_REASONS) as (keyof typeof PROCESS_REASONS)[]) {
      const message = reasonMessage(code);
      expect(message.nl.length, code).toBeGreaterThan(10);
      expect(message.en.length, code).toBeGreaterThan(10);
      expect(message.nl).not.toBe(message.en);
    }
  });
});
