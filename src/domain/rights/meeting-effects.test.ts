import { describe, expect, it } from 'vitest';
import { planMeetingEffects, planMeetingRectification, restoreMeetingItem } from './meeting-effects.js';

const record = {
  reason: 'Huurachterstand',
  notes: [{ text: 'over alfa', subjects: ['alfa'] }, { text: 'over beide', subjects: ['alfa', 'beta'] }, { text: 'over beta', subjects: ['beta'] }],
  plan: {
    goals: [{ domain: 'housing', goal: 'gezin', subjects: [] }, { domain: 'income_debts', goal: 'alfa doel', subjects: ['alfa'] }],
    actions: [
      { id: 'a1', ownerPartner: 'woon', subjects: ['alfa'] },
      { id: 'a2', ownerPartner: 'ggz', subjects: ['alfa'] },
    ],
  },
};

describe('13.1 erasure and restriction on meeting items per subject', () => {
  it('13.1 the lead partner acts on the notes and goals about the subject alone; shared items are left shared; actions only by their owner', () => {
    const lead = planMeetingEffects(record, 'alfa', 'rn', 'rn', 'restricted');
    expect(lead.effects.map((e) => `${e.ref.kind}:${e.effect}`)).toEqual(['meeting_note:restricted', 'meeting_note:left_shared', 'plan_goal:left_shared', 'plan_goal:restricted']);
    expect(lead.record.notes?.map((n) => n.text)).toEqual(['over beide', 'over beta']);
    expect(lead.record.plan?.goals?.map((g) => g.goal)).toEqual(['gezin']);
    expect(lead.record.plan?.actions?.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(lead.record.reason).toBe('Huurachterstand');
    const owner = planMeetingEffects(record, 'alfa', 'woon', 'rn', 'erased');
    expect(owner.effects.map((e) => `${e.ref.kind}:${e.effect}`)).toEqual(['plan_action:erased']);
    expect(owner.record.notes).toHaveLength(3);
    expect(owner.record.plan?.actions?.map((a) => a.id)).toEqual(['a2']);
    // Nothing of another partner, nothing about the other member.
    const none = planMeetingEffects(record, 'beta', 'woon', 'rn', 'erased');
    expect(none).toEqual({ record, effects: [] });
  });

  it('13.1 a lifted item returns to its record', () => {
    const plan = planMeetingEffects(record, 'alfa', 'rn', 'rn', 'restricted');
    const note = plan.effects.find((e) => e.effect === 'restricted')!.ref;
    expect(restoreMeetingItem(plan.record, note).notes?.map((n) => n.text)).toEqual(['over beide', 'over beta', 'over alfa']);
  });
});

describe('13.1 rectification of meeting items per subject', () => {
  it('13.1 the lead partner corrects a note and goal about the subject (alone, shared or household), the owner its action; another member\'s item or another partner\'s is refused by index', () => {
    const ok = planMeetingRectification(record, 'alfa', 'rn', 'rn', [
      { kind: 'meeting_note', text: 'over beide', content: 'over beide, verbeterd' },
      { kind: 'plan_goal', text: 'gezin', content: 'gezin, verbeterd' },
    ]);
    expect(ok.ok && ok.record.notes?.map((n) => n.text)).toEqual(['over alfa', 'over beide, verbeterd', 'over beta']);
    expect(ok.ok && ok.record.plan?.goals?.map((g) => g.goal)).toEqual(['gezin, verbeterd', 'alfa doel']);
    expect(planMeetingRectification(record, 'alfa', 'rn', 'rn', [{ kind: 'meeting_note', text: 'over beta', content: 'x' }])).toEqual({ ok: false, index: 0 });
    expect(planMeetingRectification(record, 'alfa', 'woon', 'rn', [{ kind: 'meeting_note', text: 'over alfa', content: 'x' }])).toEqual({ ok: false, index: 0 });
    const actionRecord = { ...record, plan: { ...record.plan, actions: [{ id: 'a1', ownerPartner: 'woon', subjects: ['alfa'], description: 'actie alfa' }] } };
    const owner = planMeetingRectification(actionRecord, 'alfa', 'woon', 'rn', [{ kind: 'plan_action', text: 'actie alfa', content: 'actie alfa, verbeterd' }]);
    expect(owner.ok && owner.rectified).toEqual([{ kind: 'plan_action', planActionId: 'a1', content: 'actie alfa, verbeterd' }]);
    expect(planMeetingRectification(actionRecord, 'alfa', 'rn', 'rn', [{ kind: 'meeting_note', text: 'over alfa', content: 'y' }, { kind: 'plan_action', text: 'actie alfa', content: 'x' }])).toEqual({ ok: false, index: 1 });
  });
});
