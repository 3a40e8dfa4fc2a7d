import { describe, expect, it } from 'vitest';
import { checkDecide, checkEscalate, checkRaise, disputeHandler, disputeHolder, escalationBody, seesDispute, takesPartInDisputes } from './dispute.js';

const rules = { escalation: { processDirector: 'de Stuurgroep', caseDirector: 'de Manager' } };

describe('003-29 disputes about the directors (seed 003 art. 9.4, 10.4)', () => {
  it('003-29 the manager holds a dispute about the process director, the process director one about a case director', () => {
    expect(disputeHandler('process_director')).toBe('manager');
    expect(disputeHandler('case_director')).toBe('process_director');
    expect(escalationBody(rules, 'process_director')).toBe('de Stuurgroep');
    expect(escalationBody(rules, 'case_director')).toBe('de Manager');
  });

  it('003-29 those who work in cases and the process director and manager take part in disputes; the administrator, privacy, statistics and third parties do not', () => {
    expect(['professional', 'process_director', 'support', 'manager'].every((r) => takesPartInDisputes(r as 'professional'))).toBe(true);
    expect(['admin', 'privacy_officer', 'statistician', 'third_party'].some((r) => takesPartInDisputes(r as 'admin'))).toBe(false);
  });

  it('003-29 raising needs the covenant article, a director to be about, and someone else than that director', () => {
    expect(checkRaise(undefined, 'a', 'b')).toEqual({ ok: false, reason: 'disputes_not_in_covenant' });
    expect(checkRaise(rules, 'a', null)).toEqual({ ok: false, reason: 'no_case_director' });
    expect(checkRaise(rules, 'a', 'a')).toEqual({ ok: false, reason: 'dispute_about_oneself' });
    expect(checkRaise(rules, 'a', 'b')).toEqual({ ok: true });
  });

  it('003-29 the handler decides or escalates once; after escalation only the manager records the decision; never the director it is about', () => {
    const open = { about: 'case_director' as const, status: 'open' as const, aboutUserId: 'cd' };
    expect(checkDecide(open, 'process_director', 'pd')).toEqual({ ok: true });
    expect(checkDecide(open, 'manager', 'm')).toEqual({ ok: false, reason: 'dispute_not_for_you' });
    expect(checkEscalate(open, 'process_director', 'pd')).toEqual({ ok: true });
    const escalated = { ...open, status: 'escalated' as const };
    expect(checkEscalate(escalated, 'process_director', 'pd')).toEqual({ ok: false, reason: 'dispute_already_escalated' });
    expect(checkDecide(escalated, 'process_director', 'pd')).toEqual({ ok: false, reason: 'dispute_not_for_you' });
    expect(checkDecide(escalated, 'manager', 'm')).toEqual({ ok: true });
    expect(checkDecide({ ...escalated, status: 'decided' }, 'manager', 'm')).toEqual({ ok: false, reason: 'dispute_already_decided' });
    const aboutPd = { about: 'process_director' as const, status: 'open' as const, aboutUserId: 'pd' };
    expect(checkDecide(aboutPd, 'process_director', 'pd')).toEqual({ ok: false, reason: 'dispute_not_for_you' });
    expect(checkDecide(aboutPd, 'manager', 'm')).toEqual({ ok: true });
    expect(checkDecide({ ...aboutPd, aboutUserId: 'm' }, 'manager', 'm')).toEqual({ ok: false, reason: 'dispute_not_for_you' });
  });

  it('003-29 who holds and who lists a dispute: the raiser always, the holder (first or after escalation), never the director it is about', () => {
    const d = { about: 'case_director' as const, status: 'open' as const, aboutUserId: 'cd', raisedBy: 'pol' };
    expect(disputeHolder(d)).toBe('process_director');
    expect(disputeHolder({ ...d, status: 'escalated' })).toBe('manager');
    expect(disputeHolder({ ...d, status: 'decided' })).toBeNull();
    expect(seesDispute(d, 'professional', 'pol')).toBe(true);
    expect(seesDispute(d, 'process_director', 'pd')).toBe(true);
    expect(seesDispute(d, 'manager', 'm')).toBe(false);
    expect(seesDispute({ ...d, status: 'escalated' }, 'manager', 'm')).toBe(true);
    expect(seesDispute(d, 'professional', 'cd')).toBe(false);
    expect(seesDispute({ ...d, about: 'process_director', aboutUserId: 'pd' }, 'process_director', 'pd')).toBe(false);
    expect(seesDispute({ ...d, about: 'process_director', aboutUserId: 'pd', status: 'decided' }, 'manager', 'm')).toBe(true);
  });
});
