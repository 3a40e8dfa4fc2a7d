import { describe, expect, it } from 'vitest';
import { PHASES } from '../model.js';
import { SHIPPED_COLLABORATIONS } from '../../collaborations/index.js';
import { availableEvents, transition, type ProcessEvent } from './phase-machine.js';
import { buildCaseState, director, heldMeeting, informedByRegistrant, manager, NOW, plannedMeeting } from './case-state.test-support.js';
import { canonical, nijmegen, venlo } from './shipped-variants.test-support.js';
import type { ReporterVoice } from './records.js';
import { phasesOf, reachedPhases } from './variant.js';

const informed = { informing: [informedByRegistrant] };
const withPlan = {
  ...informed,
  meetings: [heldMeeting],
  caseDirector: { userId: 'cd-1', partnerId: 'gemeente', appointedAt: '2025-06-10', meetingId: 'm1', endedAt: null },
};

describe('phase machine: the canonical seed-003 process', () => {
  it('process: walks screening → triage → rto → monitoring → de-escalation → archived → deleted', () => {
    const steps: [ProcessEvent, string][] = [
      [{ kind: 'accept', by: director }, 'triage'],
      [{ kind: 'schedule_rto', by: director }, 'rto'],
      [{ kind: 'adopt_plan', by: director }, 'monitoring'],
      [{ kind: 'follow_up_rto', by: director }, 'rto'],
      [{ kind: 'deescalate', by: director }, 'deescalation1'],
      [{ kind: 'relapse', by: director }, 'monitoring'],
      [{ kind: 'deescalate', by: director }, 'deescalation1'],
      [{ kind: 'archive', by: { userId: 'job', role: 'system' } }, 'archived'],
      [{ kind: 'reopen', by: manager, reason: 'Nieuwe melding van de politie' }, 'deescalation1'],
      [{ kind: 'archive', by: { userId: 'job', role: 'system' } }, 'archived'],
      [{ kind: 'delete', by: { userId: 'job', role: 'system' } }, 'deleted'],
    ];
    let state = buildCaseState({ ...withPlan, meetings: [plannedMeeting, heldMeeting] });
    for (const [event, expected] of steps) {
      const result = transition(state, event, canonical, NOW);
      expect(result, `${event.kind} from ${state.phase}`).toMatchObject({ ok: true, phase: expected });
      if (result.ok) state = { ...state, phase: result.phase };
    }
  });

  it('process: only the listed moves exist; terminal phases have none', () => {
    for (const phase of ['deleted', 'rejected', 'referred'] as const) {
      expect(availableEvents(phase, canonical)).toEqual([]);
    }
    expect(availableEvents('screening', canonical)).toEqual(['accept', 'reject']);
    expect(availableEvents('triage', canonical)).toEqual(['reject', 'refer', 'schedule_rto']);
    const r = transition(buildCaseState({ ...withPlan, phase: 'screening' }), { kind: 'adopt_plan', by: director }, canonical, NOW);
    expect(r).toEqual({ ok: false, rule: 'process', reason: 'transition_not_allowed' });
  });

  it('process: every shipped collaboration\'s moves start from a phase a case can reach (registration or another move\'s target)', () => {
    for (const c of SHIPPED_COLLABORATIONS) {
      const reached = reachedPhases(c.process);
      for (const move of c.process.transitions) {
        expect(PHASES).toContain(move.to);
        for (const from of move.from) expect([...reached], `${c.id} ${move.event}`).toContain(from);
      }
    }
  });

  it('ADR 0085 the phases each shipped collaboration uses are the ones its steps lead from and to (Nijmegen: with op- of afschalen, 004-W06)', () => {
    const listed: Record<string, readonly string[]> = {
      'zvh-noord-limburg': ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'deleted', 'rejected', 'referred'],
      'zvh-midden-limburg': ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'deleted', 'rejected', 'referred'],
      'veiligheidshuis-maastricht-heuvelland': ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'deleted', 'rejected', 'referred'],
      'zorgnetwerk-venlo': ['screening', 'triage', 'rto', 'monitoring', 'archived', 'deleted', 'rejected', 'referred'],
      'regieteams-nijmegen': ['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'deleted', 'rejected', 'referred'],
    };
    expect(SHIPPED_COLLABORATIONS.map((c) => [c.id, phasesOf(c.process)])).toEqual(SHIPPED_COLLABORATIONS.map((c) => [c.id, listed[c.id]]));
  });

  it('process: a step the collaboration does not take is refused (Venlo does not de-escalate in stages)', () => {
    const state = buildCaseState({ ...withPlan, phase: 'monitoring' });
    expect(transition(state, { kind: 'deescalate', by: director }, venlo, NOW)).toEqual({ ok: false, rule: 'process', reason: 'phase_not_in_variant' });
    expect(availableEvents('monitoring', venlo)).toEqual(['follow_up_rto', 'close']);
  });

  it('process: rejection and referral are possible from triage', () => {
    const state = buildCaseState({ phase: 'triage' });
    expect(transition(state, { kind: 'reject', by: director }, canonical, NOW)).toMatchObject({ ok: true, phase: 'rejected' });
    expect(transition(state, { kind: 'refer', by: director, toTable: 'zsm' }, canonical, NOW)).toMatchObject({ ok: true, phase: 'referred' });
  });

  it('P2 need to know: only the process director moves a case', () => {
    const state = buildCaseState(informed);
    for (const role of ['professional', 'support', 'admin', 'manager'] as const) {
      expect(transition(state, { kind: 'accept', by: { userId: 'u', role } }, canonical, NOW)).toMatchObject({ ok: false, reason: 'actor_not_process_director' });
    }
    expect(transition(buildCaseState({ phase: 'deescalation1' }), { kind: 'archive', by: { userId: 'u', role: 'professional' } }, canonical, NOW))
      .toMatchObject({ ok: false, reason: 'actor_not_process_director' });
  });

  it('P10 informing: entering triage without an informing record or postponement is refused', () => {
    expect(transition(buildCaseState(), { kind: 'accept', by: director }, canonical, NOW)).toEqual({ ok: false, rule: 'P10', reason: 'subject_not_informed' });
  });

  it('process: scheduling an RTO needs a planned meeting with agenda and invitations', () => {
    const state = buildCaseState({ ...informed, phase: 'triage' });
    expect(transition(state, { kind: 'schedule_rto', by: director }, canonical, NOW)).toMatchObject({ ok: false, reason: 'rto_not_prepared' });
    const noInvites = { ...plannedMeeting, invitations: [] };
    expect(transition({ ...state, meetings: [noInvites] }, { kind: 'schedule_rto', by: director }, canonical, NOW)).toMatchObject({ ok: false, reason: 'rto_not_prepared' });
    expect(transition({ ...state, meetings: [plannedMeeting] }, { kind: 'schedule_rto', by: director }, canonical, NOW)).toMatchObject({ ok: true, phase: 'rto' });
  });

  it('process: entering monitoring without a case director is refused', () => {
    const state = buildCaseState({ ...withPlan, phase: 'rto', caseDirector: null });
    expect(transition(state, { kind: 'adopt_plan', by: director }, canonical, NOW)).toEqual({ ok: false, rule: 'process', reason: 'no_case_director' });
    const ended = { ...withPlan.caseDirector, endedAt: '2025-06-11' };
    expect(transition({ ...state, caseDirector: ended }, { kind: 'adopt_plan', by: director }, canonical, NOW)).toMatchObject({ ok: false, reason: 'no_case_director' });
  });

  it('process: entering monitoring without a plan of approach is refused', () => {
    const state = buildCaseState({ ...withPlan, phase: 'rto', meetings: [plannedMeeting] });
    expect(transition(state, { kind: 'adopt_plan', by: director }, canonical, NOW)).toEqual({ ok: false, rule: 'process', reason: 'no_plan' });
    const record = heldMeeting.record!;
    const noActions = { ...heldMeeting, record: { ...record, plan: { ...record.plan, actions: [] } } };
    expect(transition({ ...state, meetings: [noActions] }, { kind: 'adopt_plan', by: director }, canonical, NOW)).toMatchObject({ ok: false, reason: 'no_plan' });
  });

  it('P1 membership: a case director of a partner that left cannot carry monitoring', () => {
    const state = buildCaseState({ ...withPlan, phase: 'rto', caseDirector: { ...withPlan.caseDirector, partnerId: 'vertrokken' } });
    expect(transition(state, { kind: 'adopt_plan', by: director }, canonical, NOW)).toEqual({ ok: false, rule: 'P1', reason: 'case_director_partner_inactive' });
  });

  it('P13 de-escalation: a running exception postpones archiving until its re-assessment', () => {
    const exception = { step: 2 as const, motivation: 'Terugval verwacht', decidedAt: '2025-05-01', reassessAt: '2025-09-01', decidedBy: 'gemeente', by: 'u' };
    const state = buildCaseState({ phase: 'deescalation1', exceptions: [exception] });
    const job = { kind: 'archive', by: { userId: 'job', role: 'system' } } as const;
    expect(transition(state, job, canonical, NOW)).toEqual({ ok: false, rule: 'P13', reason: 'step_postponed_by_exception' });
    expect(transition(state, job, canonical, Date.parse('2025-09-02'))).toMatchObject({ ok: true, phase: 'archived' });
    const deleteState = buildCaseState({ phase: 'archived', exceptions: [{ ...exception, step: 3 }] });
    expect(transition(deleteState, { kind: 'delete', by: director }, canonical, NOW)).toMatchObject({ ok: false, reason: 'step_postponed_by_exception' });
  });

  it('P13 re-opening: only the manager re-opens an archived case, and only with a reason', () => {
    const state = buildCaseState({ phase: 'archived' });
    expect(transition(state, { kind: 'reopen', by: director, reason: 'Terugval' }, canonical, NOW)).toEqual({ ok: false, rule: 'P13', reason: 'reopen_not_manager' });
    expect(transition(state, { kind: 'reopen', by: manager, reason: '  ' }, canonical, NOW)).toEqual({ ok: false, rule: 'P13', reason: 'reopen_reason_missing' });
    expect(transition(state, { kind: 'reopen', by: manager, reason: 'Terugval' }, canonical, NOW)).toMatchObject({ ok: true, phase: 'deescalation1' });
  });
});

describe('phase machine: the Venlo and Nijmegen variants as shipped', () => {
  const agreed: ReporterVoice = { agrees: true, partnerId: 'gemeente', by: 'prof-gemeente', at: '2025-05-30' };
  const closable = buildCaseState({
    ...informed,
    phase: 'triage',
    closing: { criterionId: 'hulpverlening-opgestart', reporterAgreedAt: null, decidedAt: '2025-05-30', note: '' },
    reporterVoice: agreed,
  });

  it('002-B08 Venlo: a case the partners pick up closes without a meeting, straight to closed', () => {
    expect(transition(closable, { kind: 'close_without_meeting', by: director, pickedUpBy: 'ggz' }, venlo, NOW)).toMatchObject({ ok: true, phase: 'archived', move: { closes: true } });
    expect(availableEvents('triage', venlo)).toContain('close_without_meeting');
  });

  it('002-B25 Venlo: a case that went through the monthly meeting closes, from the meeting and from monitoring', () => {
    for (const phase of ['rto', 'monitoring'] as const) {
      expect(transition({ ...closable, phase }, { kind: 'close', by: director }, venlo, NOW)).toMatchObject({ ok: true, phase: 'archived', move: { closes: true } });
    }
  });

  it('process: closing without a meeting is refused where the collaboration does not take that step', () => {
    expect(transition(closable, { kind: 'close_without_meeting', by: director, pickedUpBy: 'ggz' }, canonical, NOW))
      .toEqual({ ok: false, rule: 'process', reason: 'phase_not_in_variant' });
  });

  it('P1 membership: the partner picking the case up must be an active partner', () => {
    expect(transition(closable, { kind: 'close_without_meeting', by: director, pickedUpBy: 'vertrokken' }, venlo, NOW))
      .toEqual({ ok: false, rule: 'P1', reason: 'pickup_partner_not_active' });
  });

  it('002-B26 Venlo: the reporter decides: without its own agreement, or against it, or with another partner\'s, the case does not close', () => {
    const monitoring = { ...closable, phase: 'monitoring' as const };
    expect(transition({ ...monitoring, reporterVoice: null }, { kind: 'close', by: director }, venlo, NOW)).toEqual({ ok: false, rule: 'process', reason: 'reporter_not_agreed' });
    expect(transition({ ...monitoring, reporterVoice: { ...agreed, partnerId: 'politie' } }, { kind: 'close', by: director }, venlo, NOW))
      .toEqual({ ok: false, rule: 'process', reason: 'reporter_not_agreed' });
    expect(transition({ ...monitoring, reporterVoice: { ...agreed, agrees: false } }, { kind: 'close', by: director }, venlo, NOW))
      .toEqual({ ok: false, rule: 'process', reason: 'reporter_disagrees' });
    expect(transition({ ...closable, closing: null }, { kind: 'close_without_meeting', by: director, pickedUpBy: 'ggz' }, venlo, NOW))
      .toMatchObject({ ok: false, reason: 'closing_criterion_missing' });
  });

  it('002-B24 Venlo: without a recorded closing criterion from the list the case does not close', () => {
    const state = { ...closable, phase: 'monitoring' as const, closing: { ...closable.closing!, criterionId: 'tired_of_it' } };
    expect(transition(state, { kind: 'close', by: director }, venlo, NOW)).toEqual({ ok: false, rule: 'process', reason: 'closing_criterion_missing' });
    expect(transition({ ...state, closing: null }, { kind: 'deescalate', by: director }, canonical, NOW)).toMatchObject({ ok: true, phase: 'deescalation1' });
  });

  it('004-W20/W22 Nijmegen: step 7 closes the case into monitoring; step 8 closes the assignment with a criterion', () => {
    const monitoring = buildCaseState({ ...withPlan, phase: 'monitoring' });
    expect(transition(monitoring, { kind: 'deescalate', by: director }, nijmegen, NOW)).toMatchObject({ ok: true, phase: 'deescalation1' });
    const step7 = { ...monitoring, phase: 'deescalation1' as const };
    expect(transition(step7, { kind: 'archive', by: director }, nijmegen, NOW)).toEqual({ ok: false, rule: 'process', reason: 'closing_criterion_missing' });
    const goalsMet = { ...step7, closing: { criterionId: 'doelen-behaald', reporterAgreedAt: null, decidedAt: '2025-05-30', note: '' } };
    expect(transition(goalsMet, { kind: 'archive', by: director }, nijmegen, NOW)).toMatchObject({ ok: true, phase: 'archived', move: { closes: true } });
  });

  it('Nijmegen: accepting the signal works with the team-meeting variant', () => {
    expect(transition(buildCaseState(informed), { kind: 'accept', by: director }, nijmegen, NOW)).toMatchObject({ ok: true, phase: 'triage' });
  });
});
