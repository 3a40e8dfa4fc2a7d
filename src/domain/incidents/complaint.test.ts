import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time/date-math.js';
import { evaluateComplaints, routeComplaint } from './complaint.js';
import type { Complaint } from './complaint.js';

const from = Date.UTC(2024, 0, 1);
const to = Date.UTC(2024, 3, 1);
const complaint = (overrides: Partial<Complaint>): Complaint => ({
  id: 'k',
  collaborationId: 'zorgnetwerk-venlo',
  caseId: 'case-1',
  topic: 'treatment',
  receivedAt: from + DAY_MS,
  concerns: null,
  routedTo: 'ggz',
  respondedAt: null,
  ...overrides,
});

describe('P18 complaints', () => {
  it('P18 complaints: the process director routes a complaint to the partner it concerns', () => {
    expect(routeComplaint({ routerRole: 'process_director', concerns: 'ggz', caseLeadPartner: 'gemeente', controller: 'gemeente' })).toEqual({
      ok: true,
      to: 'ggz',
      basis: 'concerned_partner',
    });
  });

  it('P18 complaints: without a known partner it goes to the lead partner of the case, then to the controller', () => {
    expect(routeComplaint({ routerRole: 'process_director', concerns: null, caseLeadPartner: 'gemeente', controller: 'zvh' })).toMatchObject({
      to: 'gemeente',
      basis: 'lead_partner',
    });
    expect(routeComplaint({ routerRole: 'process_director', concerns: null, caseLeadPartner: null, controller: 'zvh' })).toMatchObject({
      to: 'zvh',
      basis: 'controller',
    });
    expect(routeComplaint({ routerRole: 'process_director', concerns: null, caseLeadPartner: null, controller: null })).toEqual({
      ok: false,
      reason: 'P18_no_responsible_partner',
    });
  });

  it('P18 complaints: only the process director routes', () => {
    expect(routeComplaint({ routerRole: 'professional', concerns: 'ggz', caseLeadPartner: null, controller: null })).toEqual({
      ok: false,
      reason: 'P18_only_process_director_routes',
    });
  });

  it('P18 complaints: the periodic evaluation counts per topic and partner, responses and their speed, in the period only', () => {
    const evaluation = evaluateComplaints(
      [
        complaint({ id: 'a', respondedAt: from + 11 * DAY_MS }),
        complaint({ id: 'b', topic: 'processing', routedTo: 'politie', respondedAt: from + 21 * DAY_MS }),
        complaint({ id: 'c', topic: 'help_content', routedTo: null }),
        complaint({ id: 'd', receivedAt: to }),
        complaint({ id: 'e', receivedAt: from - 1 }),
      ],
      from,
      to,
    );
    expect(evaluation).toEqual({
      from,
      to,
      received: 3,
      byTopic: { treatment: 1, help_content: 1, processing: 1 },
      byPartner: [
        { partnerId: null, count: 1 },
        { partnerId: 'ggz', count: 1 },
        { partnerId: 'politie', count: 1 },
      ],
      responded: 2,
      awaitingResponse: 1,
      meanDaysToResponse: 15,
    });
    expect(evaluateComplaints([], from, to).meanDaysToResponse).toBeNull();
  });
});
