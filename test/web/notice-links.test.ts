/**
 * Every link a notice or a reminder opens is a screen of the web interface (§7): the paths the
 * server writes into the inbox match a route of the client's router, read from its route tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { match } from '../../web/src/route-match.js';
import { NOTICE_LINKS } from '../../src/services/notifications/notices.js';
import { reminderLink } from '../../src/jobs/notices.job.js';
import type { ReminderKind } from '../../src/domain/reporting/reminders.js';

const ROUTE_FILES = ['web/src/app.tsx', 'web/src/screens/routes.tsx', 'web/src/screens/privacy/routes.tsx'];
const PATTERNS = ROUTE_FILES.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:pattern: |match\()'(\/[^']*)'/g)].map((m) => m[1] ?? ''));

/** Whether a path (without its query) opens a screen other than "not found". */
const opens = (link: string): boolean => PATTERNS.some((p) => match(p, link.split('?')[0] ?? '') !== null);

const REMINDER_KINDS: Record<ReminderKind, true> = {
  inform_subject: true, rights_request_deadline: true, incident_partner_notice: true, incident_dpa_notice: true, retention_step: true, retention_reassessment: true,
  inform_subject_of_deletion: true, action_due: true, action_overdue: true, follow_up: true, evaluation_due: true, action_list_due: true,
  declaration_expiring: true, declaration_to_renew: true,
};

describe('notice links open screens (§7)', () => {
  it('reads the route tables', () => {
    expect(PATTERNS).toContain('/inbox');
    expect(PATTERNS).toContain('/privacy/rights-requests/:requestId');
    expect(opens('/nergens/heen')).toBe(false);
  });

  it('each notice link (meeting, action list, triage question, rights request, incident) is a screen', () => {
    const links = [NOTICE_LINKS.meeting('c1', 'm1'), NOTICE_LINKS.actionList('c1', 'm1'), NOTICE_LINKS.triageQuestion('c1', 'q1'), NOTICE_LINKS.rightsRequest('r1'), NOTICE_LINKS.incident('i1'), '/privacy/complaints/k1'];
    for (const link of links) expect(opens(link), link).toBe(true);
  });

  it('each reminder kind opens a screen, with and without its case', () => {
    for (const kind of Object.keys(REMINDER_KINDS) as ReminderKind[]) {
      expect(opens(reminderLink(kind, 'c1', 'r1')), kind).toBe(true);
      expect(opens(reminderLink(kind, null, null)), kind).toBe(true);
    }
  });
});
