import { describe, expect, it } from 'vitest';
import type { NoticeUser } from '../notifications/recipients.js';
import { publishedReportReader } from './report-publication.js';

const users: NoticeUser[] = [
  { id: 'po', partnerId: 'gemeente', role: 'privacy_officer', active: true },
  { id: 'pro-gemeente', partnerId: 'gemeente', role: 'professional', active: true },
  { id: 'pro-woning', partnerId: 'woning', role: 'professional', active: true },
  { id: 'support', partnerId: 'woning', role: 'support', active: true },
];
const actor = (userId: string) => {
  const u = users.find((x) => x.id === userId);
  if (u === undefined) throw new Error(userId);
  return { userId, partnerId: u.partnerId, role: u.role };
};

describe('P19 who reads a published accountability report (ADR 0166)', () => {
  it('P19 the office roles and a partner\'s privacy contact read it; a colleague of an organisation with a privacy officer, support staff and a third party do not', () => {
    expect(publishedReportReader(actor('po'), true, users)).toBe('office');
    expect(publishedReportReader(actor('pro-woning'), false, users)).toBe('representative');
    expect(publishedReportReader(actor('pro-gemeente'), false, users)).toBeNull();
    expect(publishedReportReader(actor('support'), false, users)).toBeNull();
    expect(publishedReportReader({ userId: 'x', partnerId: 'woning', role: 'third_party' }, true, users)).toBeNull();
  });
  it('P19 a partner that gains an active privacy officer speaks through it, no longer through its professional', () => {
    const withOfficer = [...users, { id: 'po-woning', partnerId: 'woning', role: 'privacy_officer' as const, active: true }];
    expect(publishedReportReader(actor('pro-woning'), false, withOfficer)).toBeNull();
  });
});
