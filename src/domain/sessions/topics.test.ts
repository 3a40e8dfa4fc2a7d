import { describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND as MAASTRICHT } from '../../collaborations/maastricht-heuvelland.js';
import { proposeAgenda } from './agenda.js';
import { findSessionBody } from './cadence.js';
import { checkTopic, personalMarkersIn, topicNeutralLine, topicVisibleTo } from './topics.js';

const PJO = findSessionBody(MAASTRICHT, 'table', 'pjo-eijsden-margraten')!;
const CJ = findSessionBody(MAASTRICHT, 'table', 'casusoverleg-jeugd-eijsden-margraten')!;
const group = { kind: 'group', title: 'Jeugdgroep bij het winkelcentrum', description: 'Overlast in de avonduren, vernielingen bij de bushalte.', partners: ['politie-limburg', 'trajekt'] };

describe('000-R85 groups and themes at a group-level table (pure)', () => {
  it('000-R85 the shipped PJO is a group-level table; a table that discusses individuals takes no group or theme', () => {
    expect(PJO.groupLevel).toBe(true);
    expect(CJ.groupLevel).toBe(false);
    expect(checkTopic(PJO, group, MAASTRICHT.tables)).toEqual([]);
    expect(checkTopic(CJ, { ...group, partners: [] }, MAASTRICHT.tables)).toEqual([{ field: 'kind', message: expect.stringContaining('alleen een groepsoverleg') }]);
  });

  it('000-R85 a group or theme holds no personal case data: BSN, dates, case numbers, e-mail, telephone and postcode are refused, naming the field', () => {
    expect(personalMarkersIn('Jeugdgroep Gronsveld, overlast speeltuin')).toEqual([]);
    expect(personalMarkersIn('BSN 111222333')).toEqual(['bsn']);
    expect(personalMarkersIn('geboren 04-03-2010')).toEqual(['date']);
    expect(personalMarkersIn('geboren 4 maart 2010')).toEqual(['date']);
    expect(personalMarkersIn('zie casus 2026-0009')).toEqual(['case_number']);
    expect(personalMarkersIn('mail jan@example.nl of bel 06-12345678')).toEqual(['phone', 'email']);
    expect(personalMarkersIn('woont op 6241 AB')).toEqual(['postcode']);
    const issues = checkTopic(PJO, { ...group, description: 'Leider van de groep is geboren op 04-03-2010', approach: 'Casus 2026-0009 volgen' }, MAASTRICHT.tables);
    expect(issues.map((i) => i.field)).toEqual(['description', 'approach']);
    expect(issues[0]?.message).toContain('geen persoonsgegevens');
  });

  it('000-R85 invited partners are partners of the table; individuals are routed to another table that discusses individuals, never to the PJO itself', () => {
    expect(checkTopic(PJO, { ...group, partners: ['mondriaan'] }, MAASTRICHT.tables)).toEqual([{ field: 'partners', message: expect.stringContaining('mondriaan') }]);
    expect(checkTopic(PJO, { ...group, partners: [] }, MAASTRICHT.tables).map((i) => i.field)).toEqual(['partners']);
    expect(checkTopic(PJO, { ...group, individualsToRoute: 2 }, MAASTRICHT.tables).map((i) => i.field)).toEqual(['routeToTableId']);
    expect(checkTopic(PJO, { ...group, individualsToRoute: 2, routeToTableId: 'pjo-eijsden-margraten' }, MAASTRICHT.tables).map((i) => i.field)).toEqual(['routeToTableId']);
    expect(checkTopic(PJO, { ...group, individualsToRoute: 2, routeToTableId: 'oov-eijsden-margraten' }, MAASTRICHT.tables)).toEqual([]);
    expect(checkTopic(PJO, { ...group, individualsToRoute: 1, routeToTableId: 'casusoverleg-jeugd-eijsden-margraten' }, MAASTRICHT.tables)).toEqual([]);
  });

  it('000-R85 need-to-know per topic: the invited organisations and the planners read it; others see the kind and number only', () => {
    expect(topicVisibleTo({ role: 'professional', partnerId: 'p-police' }, ['p-police'])).toBe(true);
    expect(topicVisibleTo({ role: 'professional', partnerId: 'p-trajekt' }, ['p-police'])).toBe(false);
    expect(topicVisibleTo({ role: 'process_director', partnerId: 'p-gemeente' }, ['p-police'])).toBe(true);
    expect(topicVisibleTo({ role: 'manager', partnerId: 'p-police' }, ['p-police'])).toBe(false);
    expect(topicNeutralLine('group', 2)).toBe('Groep 2 — niet voor u');
    expect(topicNeutralLine('theme', 1)).toBe('Thema 1 — niet voor u');
  });

  it('000-R85 at the PJO an individual case is proposed only to be routed, not discussed; elsewhere it is a new case', () => {
    const candidate = { caseId: 'c1', number: '2026-0009', phase: 'triage', tableId: PJO.id, workArea: null, lastDiscussedAt: null, meetingPlanned: false, nextActionDueAt: null };
    expect(proposeAgenda(PJO, Date.parse('2026-07-01'), [candidate])).toEqual([{ caseId: 'c1', number: '2026-0009', reason: 'routing' }]);
    expect(proposeAgenda(CJ, Date.parse('2026-07-01'), [{ ...candidate, tableId: CJ.id }])).toEqual([{ caseId: 'c1', number: '2026-0009', reason: 'new' }]);
  });
});
