import { describe, expect, it } from 'vitest';
import type { NoticeUser } from '../notifications/recipients.js';
import { complaintReader } from './complaint-access.js';

const users: NoticeUser[] = [
  { id: 'pd', partnerId: 'gemeente', role: 'process_director', active: true },
  { id: 'po', partnerId: 'gemeente', role: 'privacy_officer', active: true },
  { id: 'pol', partnerId: 'politie', role: 'professional', active: true },
  { id: 'ggz-man', partnerId: 'ggz', role: 'manager', active: true },
  { id: 'ggz-pro', partnerId: 'ggz', role: 'professional', active: true },
];
const actor = (id: string) => {
  const u = users.find((x) => x.id === id)!;
  return { userId: u.id, role: u.role, partnerId: u.partnerId };
};

describe('002-C11 002-C12 P18 who opens and answers a complaint', () => {
  it('002-C11 P18 the process director and the privacy officer see every complaint', () => {
    expect(complaintReader(actor('pd'), 'politie', users)).toBe('office');
    expect(complaintReader(actor('po'), null, users)).toBe('office');
  });

  it('002-C12 P18 the partner it was routed to answers it through its privacy contacts; another partner does not see it', () => {
    expect(complaintReader(actor('pol'), 'politie', users)).toBe('responsible');
    expect(complaintReader(actor('ggz-man'), 'ggz', users)).toBe('responsible');
    expect(complaintReader(actor('ggz-pro'), 'ggz', users)).toBeNull();
    expect(complaintReader(actor('pol'), 'ggz', users)).toBeNull();
    expect(complaintReader(actor('pol'), null, users)).toBeNull();
  });
});
