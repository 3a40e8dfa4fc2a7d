/**
 * The project's guard vectors (`guardVectors` in test/conformance/project-decisions.json): worked
 * examples of decisions outside the read engine, each run through its domain function.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Phase, Role } from '../../src/domain/model.js';
import { checkConsentRevocation, consentRecordingPartner } from '../../src/domain/process/consent-records.js';
import { CANONICAL_PROCESS } from '../../src/collaborations/canonical.js';
import { buildCaseState, NOW } from '../../src/domain/process/case-state.test-support.js';
import { checkTriageQuestion } from '../../src/domain/process/triage-guard.js';
import { presenceLookup } from '../../src/domain/presence/presence-lookup.js';
import { checkGrantDecision, needsSecondPerson } from '../../src/domain/governance/four-eyes.js';
import { publishableCount } from '../../src/domain/reporting/small-counts.js';

interface Expect {
  allow: boolean;
  reason?: string;
  known?: boolean;
  archived?: boolean;
  shown?: (number | null)[];
}
type GuardVector = { id: string; title: string; why: string; expect: Expect } & (
  | {
      kind: 'presence_lookup';
      actor: string;
      forCase: { id: string; collaboration: string; phase: string; registrant: string; handledByActor: boolean };
      onBehalfOf: string;
      lookupsInLastHour: number;
      maxPerHour: number;
      candidates: { case: string; collaboration: string; phase: string; decided: boolean }[];
    }
  | { kind: 'triage_question'; registrant: string; corePartners: string[]; askedBefore: string[][]; ask: string[]; justified: boolean; nearlyAllShare: number }
  | { kind: 'consent_revocation'; actor: { partner: string; role: string; staff: boolean; designated: boolean }; recordedBy: { partner: string; role: string } }
  | { kind: 'role_grant'; grant: { role: string; requestedBy: string; userId: string; decided: boolean }; decider: { userId: string; role: string } }
  | { kind: 'small_count'; counts: number[] }
);

const file = JSON.parse(readFileSync(fileURLToPath(new URL('../conformance/project-decisions.json', import.meta.url)), 'utf8')) as {
  users: Record<string, { partner: string; role: string }>;
  guardVectors: GuardVector[];
};
const shared = JSON.parse(readFileSync(fileURLToPath(new URL('../conformance/decisions.json', import.meta.url)), 'utf8')) as { users: Record<string, { partner: string; role: string }> };

function decideVector(v: GuardVector): Expect {
  switch (v.kind) {
    case 'presence_lookup': {
      const user = shared.users[v.actor] ?? file.users[v.actor];
      if (user === undefined) throw new Error(`unknown user ${v.actor}`);
      const asker = { userId: v.actor, partnerId: user.partner, role: user.role as Role, collaborationId: 'venlo-demo' };
      const f = v.forCase;
      const query = {
        asker,
        onBehalfOf: v.onBehalfOf,
        forCaseId: f.id,
        forCase: { id: f.id, collaborationId: f.collaboration, phase: f.phase as Phase, registrant: f.registrant, handledByAsker: f.handledByActor, registrationBasis: null },
        lookupsInLastHour: v.lookupsInLastHour,
        maxPerHour: v.maxPerHour,
        subjectRef: 'ref',
      };
      const contact = (collaborationId: string) => ({ collaborationId, collaborationName: collaborationId, name: 'Regisseur', phone: null, email: null });
      const candidates = v.candidates.map((c) => ({ caseId: c.case, collaborationId: c.collaboration, phase: c.phase as Phase, decided: c.decided, processDirector: contact(c.collaboration) }));
      const r = presenceLookup(query, candidates, new Set(['gem', 'pol', 'ggz', 'woon', 'rn']), NOW);
      if (!r.ok) return { allow: false, reason: r.reason };
      return r.answer.known ? { allow: true, known: true, archived: r.answer.archived } : { allow: true, known: false };
    }
    case 'triage_question': {
      const partners = buildCaseState().partners.filter((p) => p.member);
      const template = partners[0];
      if (template === undefined) throw new Error('no partner in the test support state');
      const statePartners = [...new Set([v.registrant, ...v.corePartners])].map((id) => ({ ...template, id, name: id }));
      const question = {
        id: 'q-new',
        caseId: 'case-1',
        mode: 'selected' as const,
        onBehalfOf: v.registrant,
        task: 't',
        purpose: 'p',
        whyNeeded: 'w',
        askedAt: '2025-05-30',
        askedBy: 'u-pd',
      };
      const state = buildCaseState({
        phase: 'triage',
        registrant: v.registrant,
        leadPartner: v.registrant,
        partners: statePartners,
        triageQuestions: v.askedBefore.map((asked, i) => ({ ...question, id: `q${i}`, askedPartners: asked, allPartnersJustification: null })),
      });
      const r = checkTriageQuestion({ ...question, askedPartners: v.ask, allPartnersJustification: v.justified ? 'Acuut risico.' : null }, state, { ...CANONICAL_PROCESS, nearlyAllPartnersShare: v.nearlyAllShare }, NOW);
      return r.ok ? { allow: true } : { allow: false, reason: r.reason };
    }
    case 'consent_revocation': {
      const a = v.actor;
      const r = checkConsentRevocation({ partnerId: a.partner, role: a.role as Role, staff: a.staff, designated: a.designated }, consentRecordingPartner({ partnerId: v.recordedBy.partner, role: v.recordedBy.role as Role }));
      return r.ok ? { allow: true } : { allow: false, reason: r.reason };
    }
    case 'role_grant': {
      if (!needsSecondPerson(v.grant.role as Role)) return { allow: true };
      const refusal = checkGrantDecision(v.grant, { userId: v.decider.userId, role: v.decider.role as Role });
      return refusal === null ? { allow: true } : { allow: false, reason: refusal };
    }
    case 'small_count':
      return { allow: true, shown: v.counts.map(publishableCount) };
  }
}

describe('guard vectors (project, test/conformance/project-decisions.json)', () => {
  it('has at least one vector for each of presence lookup, triage proportionality, consent revocation, four eyes and small counts', () => {
    expect(new Set(file.guardVectors.map((v) => v.kind))).toEqual(new Set(['presence_lookup', 'triage_question', 'consent_revocation', 'role_grant', 'small_count']));
  });
  for (const v of file.guardVectors) {
    it(`${v.id} ${v.title}`, () => {
      expect(decideVector(v), v.why).toEqual(v.expect);
    });
  }
});
