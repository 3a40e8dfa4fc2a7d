import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterAttempt, describeMailError, MAX_MAIL_ATTEMPTS, retryDelayMs } from './delivery.js';
import { isNoticeKind, noticeMail, NOTICE_KINDS } from './notice.js';
import type { NoticeKind } from './notice.js';
import { planActionNotices } from './plan-actions-due.js';
import { privacyContacts, triageAnswerers, untold } from './recipients.js';
import type { NoticeUser } from './recipients.js';

const DAY = 86_400_000;

describe('notices (§7)', () => {
  it('§7 e-mail carries no personal data: the message is built from the kind, the collaboration and the inbox address only', () => {
    const kinds: NoticeKind[] = [...NOTICE_KINDS, 'reminder.inform_subject', 'reminder.rights_request_deadline'];
    for (const kind of kinds) {
      const m = noticeMail(kind, 'Zorgnetwerk Venlo', 'https://x.example/inbox');
      expect(m.subject.startsWith('Casustafel: er wacht ')).toBe(true);
      expect(m.text).toContain('https://x.example/inbox');
      expect(m.text).toContain('Zorgnetwerk Venlo');
    }
    // Whatever the inputs, nothing but them reaches the text (no hidden field could carry a name).
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.uuid(), (kind, name) => {
        const m = noticeMail(kind, name, 'https://x.example/inbox');
        expect(m.text.split(name).length - 1).toBe(2);
      }),
    );
    expect(isNoticeKind('reminder.retention_step')).toBe(true);
    expect(isNoticeKind('reminder.gossip')).toBe(false);
    expect(isNoticeKind('gossip')).toBe(false);
  });

  it('P17 / P15 recipients: a partner is told through its privacy officer, else its manager, else its professionals; a partner without active users is reported', () => {
    const users: NoticeUser[] = [
      { id: 'po', partnerId: 'gem', role: 'privacy_officer', active: true },
      { id: 'pd', partnerId: 'gem', role: 'process_director', active: true },
      { id: 'pol1', partnerId: 'pol', role: 'professional', active: true },
      { id: 'pol2', partnerId: 'pol', role: 'professional', active: true },
      { id: 'mgr', partnerId: 'ggz', role: 'manager', active: true },
      { id: 'ggz1', partnerId: 'ggz', role: 'professional', active: true },
      { id: 'old', partnerId: 'woon', role: 'professional', active: false },
    ];
    expect(privacyContacts(['gem', 'pol', 'ggz', 'woon'], users).sort()).toEqual(['mgr', 'po', 'pol1', 'pol2']);
    expect(untold(['gem', 'pol', 'ggz', 'woon'], users)).toEqual(['woon']);
    expect(triageAnswerers('pol', users)).toEqual(['pol1', 'pol2']);
    expect(triageAnswerers('gem', users)).toEqual([]);
  });

  it('§3.3 plan actions: the owner is told from three days before the due date; overdue after it; an action without an owner goes to its partner\'s designated professionals', () => {
    const now = Date.parse('2026-06-10T09:00:00Z');
    const base = { caseId: 'c', meetingId: 'm', ownerPartnerId: 'gem' };
    const notices = planActionNotices(
      [
        { ...base, id: 'far', ownerUserId: 'u', dueAt: now + 4 * DAY },
        { ...base, id: 'soon', ownerUserId: 'u', dueAt: now + 2 * DAY },
        { ...base, id: 'late', ownerUserId: 'u', dueAt: now - DAY },
        { ...base, id: 'partner', ownerUserId: null, dueAt: now + DAY },
        { ...base, id: 'undated', ownerUserId: 'u', dueAt: null },
      ],
      (_c, partner) => (partner === 'gem' ? ['g1', 'g2'] : []),
      now,
    );
    expect(notices.map((n) => [n.action.id, n.kind, n.to])).toEqual([
      ['soon', 'plan_action_due', ['u']],
      ['late', 'plan_action_overdue', ['u']],
      ['partner', 'plan_action_due', ['g1', 'g2']],
    ]);
  });

  it('§7 outbox delivery: retries back off 1, 2, 4 ... minutes up to an hour; after the last attempt the message is failed', () => {
    expect([1, 2, 3, 4, 7, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000, 3_600_000, 3_600_000]);
    expect(afterAttempt(true, 3, 0)).toEqual({ status: 'sent' });
    expect(afterAttempt(false, 1, 1000)).toEqual({ status: 'pending', nextAttemptAt: 61_000 });
    expect(afterAttempt(false, MAX_MAIL_ATTEMPTS, 0)).toEqual({ status: 'failed' });
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), (n) => retryDelayMs(n + 1) >= retryDelayMs(n)));
    expect(describeMailError({ responseCode: 550, code: 'EENVELOPE', message: 'Mailbox jan@example.nl unavailable' })).toBe('550 EENVELOPE Mailbox …@… unavailable');
  });
});
