/** The reminders before a declaration or VOG check expires (§4), as the domain decides them. */
import { describe, expect, it } from 'vitest';
import { declarationReminders, DEFAULT_DECLARATION_POLICY } from '../../src/domain/governance/declarations.js';
import type { DeclarationPolicy } from '../../src/domain/governance/declarations.js';

const DAY = 86_400_000;
const now = new Date('2027-03-01T09:00:00Z');
const ago = (days: number): Date => new Date(now.getTime() - days * DAY);
const yearly: DeclarationPolicy = { confidentiality: { validMonths: 12, whenExpired: 'refuse' }, vog: { required: true, validMonths: 12, whenExpired: 'tell' }, reminderDaysBefore: 30 };

describe('declaration reminders (§4)', () => {
  it('none where nothing expires, nothing is near its expiry, or the VOG is not required', () => {
    expect(declarationReminders(DEFAULT_DECLARATION_POLICY, [{ userId: 'u', confidentiality: ago(900), vog: ago(900) }], now)).toEqual([]);
    expect(declarationReminders(yearly, [{ userId: 'u', confidentiality: ago(100), vog: ago(100) }], now)).toEqual([]);
    expect(declarationReminders({ ...yearly, confidentiality: { validMonths: null, whenExpired: 'refuse' }, vog: { ...yearly.vog, required: false } }, [{ userId: 'u', confidentiality: ago(400), vog: ago(400) }], now)).toEqual([]);
  });

  it('one for the user and one for the admin from the lead time on, per expiry date; an expired one is overdue', () => {
    const due = declarationReminders(yearly, [{ userId: 'u', confidentiality: ago(340), vog: ago(400) }], now);
    expect(due.map((r) => [r.kind, r.overdue])).toEqual([
      ['declaration_expiring', true],
      ['declaration_to_renew', true],
      ['declaration_expiring', false],
      ['declaration_to_renew', false],
    ]);
    const soon = due[2]!;
    expect(soon.remindFrom).toBe(soon.dueAt - 30 * DAY);
    expect(soon.dueAt).toBeGreaterThan(now.getTime());
    // Both expiring on the same day: one pair.
    expect(declarationReminders(yearly, [{ userId: 'u', confidentiality: ago(340), vog: ago(340) }], now)).toHaveLength(2);
    // A shorter lead time: not yet.
    expect(declarationReminders({ ...yearly, reminderDaysBefore: 7 }, [{ userId: 'u', confidentiality: ago(340), vog: ago(100) }], now)).toEqual([]);
  });
});
