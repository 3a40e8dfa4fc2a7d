/**
 * The engine against the reference model on at least 10^6 requests. fast-check generates the
 * cases (as in test/domain/reference-differential.test.ts); each generated case is asked its
 * own request and four more drawn by a seeded PRNG from the whole universe of readers,
 * resources, purposes and actions, so that a million requests fit in the time budget.
 */
import { describe, expect, it } from 'vitest';
import { assertInChunks } from '../support/chunked-assert.js';
import { decide, decideMeetingItemChange } from '../../src/domain/access/decide.js';
import type { MeetingItemFacts, Resource } from '../../src/domain/access/facts.js';
import { PURPOSES } from '../../src/domain/model.js';
import type { Action, Actor } from '../../src/domain/model.js';
import { rng } from '../../bench/support/stats.js';
import { arbitraryAccessCase, COLLABORATION, USERS } from '../support/arbitrary-facts.js';
import type { AccessCase } from '../support/arbitrary-facts.js';
import { referenceDecide, referenceMeetingItemChange } from '../support/reference-model.js';

const CASES = Number(process.env['RELIABILITY_DIFFERENTIAL_CASES'] ?? 200_000);
const EXTRA_PER_CASE = 4;
const item = (id: string, over: Partial<MeetingItemFacts>): MeetingItemFacts => ({
  id,
  kind: 'plan_action',
  meetingId: 'm1',
  subjects: new Set(),
  domain: null,
  ownerPartner: null,
  ownerUser: null,
  ...over,
});
/** Meeting items (issue 13 items 1 and 5, P15): notes, goals and actions of the current and an earlier plan. */
const MEETING_ITEMS: readonly Resource[] = [
  item('mi-note', { kind: 'meeting_note', subjects: new Set(['s1']), domain: 'addiction' }),
  item('mi-goal', { kind: 'plan_goal', meetingId: 'm2', subjects: new Set(['s2']) }),
  item('mi-a1', { ownerPartner: 'pol', ownerUser: 'u-pol' }),
  item('mi-a2', { meetingId: 'm2', ownerPartner: 'ggz' }),
  item('mi-a3', { ownerPartner: 'old', ownerUser: 'u-old', subjects: new Set(['s1']), restriction: 'restriction' }),
].map((i): Resource => ({ kind: 'meeting_item', item: i }));
const RESOURCES: readonly Resource[] = [
  ...MEETING_ITEMS,
  ...['k0', 'k1', 'k2', 'k3', 'k-none'].map((id): Resource => ({ kind: 'contribution', id })),
  { kind: 'admin_set' },
  { kind: 'subject_bsn', subjectId: 's1' },
  { kind: 'subject_bsn', subjectId: 's2' },
];
const ACTIONS: readonly Action[] = ['read', 'take_along'];

describe('engine vs reference model at scale (reliability)', () => {
  it('agrees on at least 10^6 requests with zero divergences', async () => {
    const r = rng(20_260_601);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    let count = 0;
    let allowed = 0;
    let diverged = 0;
    const divergences: string[] = [];
    const check = (q: AccessCase): void => {
      const d = decide(q.actor, q.facts, q.resource, q.purpose, q.action, q.now);
      const m = referenceDecide(q.actor, q.facts, q.resource, q.purpose, q.action, q.now);
      count++;
      if (d.allow) allowed++;
      const same = d.allow === m.allow && (!d.allow || d.obligations.includes('police_provision_log') === m.policeLog);
      if (!same) diverged++;
      if (!same && divergences.length < 5) {
        divergences.push(JSON.stringify({ actor: q.actor, resource: q.resource, purpose: q.purpose, action: q.action, phase: q.facts.phase, engine: d, reference: m }));
      }
      // A meeting item is also asked to be changed (completing an action, editing a note).
      if (q.resource.kind === 'meeting_item') {
        const dc = decideMeetingItemChange(q.actor, q.facts, q.resource.item, q.now).allow;
        const mc = referenceMeetingItemChange(q.actor, q.facts, q.resource.item, q.now);
        count++;
        if (dc) allowed++;
        if (dc !== mc) {
          diverged++;
          if (divergences.length < 5) divergences.push(JSON.stringify({ actor: q.actor, change: q.resource.item.id, phase: q.facts.phase, engine: dc, reference: mc }));
        }
      }
    };
    await assertInChunks(arbitraryAccessCase, (q) => {
        check(q);
        for (let i = 0; i < EXTRA_PER_CASE; i++) {
          const [userId, partnerId, role] = pick(USERS);
          const actor: Actor = { userId, partnerId, role, collaborationId: r() < 0.95 ? COLLABORATION : 'collab-b' };
          check({ ...q, actor, resource: pick(RESOURCES), purpose: pick(PURPOSES), action: pick(ACTIONS) });
        }
      }, { runs: CASES });
    console.log(`engine vs reference (reliability): ${count} requests, ${allowed} allowed, ${diverged} divergences`);
    expect(divergences).toEqual([]);
    expect(diverged).toBe(0);
    expect(count).toBeGreaterThanOrEqual(1_000_000);
    expect(allowed).toBeGreaterThan(count / 100);
    expect(count - allowed).toBeGreaterThan(count / 10);
  });
});
