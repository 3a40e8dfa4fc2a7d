import { describe, expect, it } from 'vitest';
import { reminderConcerns } from './reminder-audience.js';

const pd = { userId: 'u-pd', role: 'process_director' as const, partnerId: 'gemeente' };
const pro = { userId: 'u-pro', role: 'professional' as const, partnerId: 'ggz' };
const po = { userId: 'u-po', role: 'privacy_officer' as const, partnerId: 'gemeente' };

describe('§7 reminders: who sees which reminder', () => {
  it('a rights-request deadline reaches the privacy office, not a professional', () => {
    const concerns = { role: 'privacy_officer' as const, userId: 'u-po' };
    expect(reminderConcerns(concerns, po)).toBe(true);
    expect(reminderConcerns(concerns, pro)).toBe(false);
  });

  it('P10 informing: the process director named and the responsible partner see it; others do not', () => {
    const concerns = { partnerId: 'ggz', userId: 'u-pd' };
    expect(reminderConcerns(concerns, pd)).toBe(true);
    expect(reminderConcerns(concerns, pro)).toBe(true);
    expect(reminderConcerns(concerns, po)).toBe(false);
    expect(reminderConcerns({}, pd)).toBe(false);
  });
});
