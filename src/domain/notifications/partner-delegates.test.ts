import { describe, expect, it } from 'vitest';
import { delegateProblems, markDesignated, mayDesignate } from './partner-delegates.js';
import { privacyContacts, untold } from './recipients.js';
import type { NoticeUser } from './recipients.js';

const users: NoticeUser[] = [
  { id: 'po', partnerId: 'gem', role: 'privacy_officer', active: true },
  { id: 'gem1', partnerId: 'gem', role: 'professional', active: true },
  { id: 'adm', partnerId: 'gem', role: 'admin', active: true },
  { id: 'pol1', partnerId: 'pol', role: 'professional', active: true },
  { id: 'pol2', partnerId: 'pol', role: 'professional', active: true },
  { id: 'old', partnerId: 'pol', role: 'professional', active: false },
];

describe('a partner designates who speaks for it (seed 001 art. 5.3, ADR 0212)', () => {
  it('001-5.3 the designated users are the partner\'s contacts, ahead of its privacy officer; other partners keep the derived contacts', () => {
    expect(privacyContacts(['gem', 'pol'], users).sort()).toEqual(['po', 'pol1', 'pol2']);
    const designated = markDesignated(users, [{ partnerId: 'gem', userIds: ['gem1'] }, { partnerId: 'pol', userIds: ['pol2'] }]);
    expect(privacyContacts(['gem', 'pol'], designated).sort()).toEqual(['gem1', 'pol2']);
    expect(privacyContacts(['gem'], markDesignated(users, [{ partnerId: 'pol', userIds: ['pol2'] }]))).toEqual(['po']);
    // An empty designation (withdrawn) leaves the derived contacts.
    expect(privacyContacts(['pol'], markDesignated(users, [{ partnerId: 'pol', userIds: [] }])).sort()).toEqual(['pol1', 'pol2']);
  });

  it('001-5.3 a designated user who is deactivated or leaves the partner is no contact: the derived contacts apply again', () => {
    const deactivated = markDesignated(
      users.map((u) => (u.id === 'pol2' ? { ...u, active: false } : u)),
      [{ partnerId: 'pol', userIds: ['pol2'] }],
    );
    expect(privacyContacts(['pol'], deactivated)).toEqual(['pol1']);
    const moved = markDesignated(
      users.map((u) => (u.id === 'gem1' ? { ...u, partnerId: 'pol' } : u)),
      [{ partnerId: 'gem', userIds: ['gem1'] }],
    );
    expect(privacyContacts(['gem'], moved)).toEqual(['po']);
    // Nor does it speak for the partner it moved to.
    expect(privacyContacts(['pol'], moved).sort()).toEqual(['gem1', 'pol1', 'pol2']);
    expect(untold(['pol'], deactivated)).toEqual([]);
  });

  it('§7 the administrator designates for any partner, a manager only for its own, nobody else', () => {
    expect(mayDesignate({ role: 'admin', partnerId: 'gem' }, 'pol')).toEqual({ ok: true });
    expect(mayDesignate({ role: 'manager', partnerId: 'gem' }, 'gem')).toEqual({ ok: true });
    expect(mayDesignate({ role: 'manager', partnerId: 'gem' }, 'pol')).toEqual({ ok: false, reason: 'not_own_partner' });
    for (const role of ['privacy_officer', 'professional', 'process_director', 'support', 'statistician', 'third_party'] as const) {
      expect(mayDesignate({ role, partnerId: 'pol' }, 'pol')).toEqual({ ok: false, reason: 'role_not_allowed' });
    }
  });

  it('§7 only active users of the partner itself, in a role that speaks for a partner, once each, at most five', () => {
    expect(delegateProblems('pol', ['pol1', 'pol2'], users)).toEqual([]);
    expect(delegateProblems('pol', [], users)).toEqual([]);
    expect(delegateProblems('pol', ['pol1', 'po', 'old', 'nobody', 'pol1'], users)).toEqual([
      { index: 1, problem: 'other_partner' },
      { index: 2, problem: 'inactive' },
      { index: 3, problem: 'unknown_user' },
      { index: 4, problem: 'duplicate' },
    ]);
    expect(delegateProblems('gem', ['adm'], users)).toEqual([{ index: 0, problem: 'role_cannot_speak' }]);
    expect(delegateProblems('pol', ['pol1', 'pol2', 'pol1', 'pol2', 'pol1', 'pol2'], users).map((p) => p.problem)).toContain('too_many');
  });
});
