/**
 * Who follows up the plan (§3.3, §4): the case director watches the plan and updates its actions;
 * the process director and support staff acting in the case may too, and the owner of an action
 * completes its own action. Nobody else, and only while the plan runs (RTO, monitoring,
 * de-escalation step 1). Outside the staff, only a user of an active partner, or of a partner
 * that left while the user was in this running case, which it then finishes (P1; seed 000 art.
 * 13.2 "lopende trajecten dienen wel eerst te worden afgerond").
 */
import type { Decision } from '../access/reasons.js';
import type { MeetingItemFacts } from '../access/facts.js';

/** A stored plan action as the access engine's meeting item (P15, issue 13 items 1 and 5). */
export function planActionItem(row: {
  readonly id: string;
  readonly meeting_id: string | null;
  readonly life_domain: string | null;
  readonly owner_partner_id: string;
  readonly owner_user_id: string | null;
  readonly subject_ids: readonly string[] | null;
  readonly restriction_kind: 'restriction' | 'objection' | null;
}): MeetingItemFacts {
  return {
    id: row.id,
    kind: 'plan_action',
    meetingId: row.meeting_id ?? '',
    subjects: new Set(row.subject_ids ?? []),
    domain: row.life_domain,
    ownerPartner: row.owner_partner_id,
    ownerUser: row.owner_user_id,
    ...(row.restriction_kind === null ? {} : { restriction: row.restriction_kind }),
  };
}

export type PlanActionCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly rule: 'P1' | 'P2' | 'P15' | 'process';
      readonly reason: 'plan_action_not_case_director' | 'plan_not_running' | 'plan_action_partner_not_active' | 'plan_action_restricted';
    };

export const PLAN_ACTION_MESSAGES = {
  plan_action_not_case_director: {
    nl: 'Alleen de casusregisseur, de procesregisseur of de eigenaar van de actie werkt een actie van het plan bij.',
    en: 'Only the case director, the process director or the owner of the action updates a plan action.',
  },
  plan_not_running: { nl: 'Het plan van aanpak loopt niet (meer) in deze fase.', en: 'The plan of approach is not running in this phase.' },
  plan_action_partner_not_active: {
    nl: 'Uw organisatie is geen actieve convenantpartner (meer) en u was niet bij deze lopende casus betrokken voor het einde van het lidmaatschap.',
    en: 'Your organisation is no (longer an) active covenant partner and you were not in this running case before its membership ended.',
  },
  plan_action_restricted: {
    nl: 'Deze actie gaat over een betrokkene die om beperking van de verwerking heeft gevraagd (art. 18 AVG, of bezwaar, art. 21). Zolang de beperking geldt, wordt de actie alleen bewaard: niemand werkt haar bij, vinkt haar af of verzet de termijn. De functionaris gegevensbescherming heft de beperking op; daarna kunt u de actie weer bijwerken.',
    en: 'This action is about a subject who asked for restriction of processing (art. 18 GDPR, or objected, art. 21). While the restriction holds, the action is only stored: nobody updates it, marks it done or moves its due date. The privacy officer lifts the restriction; then you can update the action again.',
  },
} as const;

/**
 * The plan follow-up as the API names it: the decision itself is the access engine's
 * (`decideMeetingItemChange`, the one home of who changes a meeting item); this maps its refusal
 * to the plan's reason codes and messages. A restricted action (AVG art. 18.2: besides storage,
 * processing only with the subject's consent, for legal claims, to protect another's rights or
 * for an important public interest — none of which happens inside the system) is refused to
 * everyone until the restriction is lifted (art. 18.3).
 */
export function planActionCheck(d: Decision): PlanActionCheck {
  if (d.allow) return { ok: true };
  switch (d.reason) {
    case 'P15_restricted_processing':
    case 'P15_objection_upheld':
      return { ok: false, rule: 'P15', reason: 'plan_action_restricted' };
    case 'plan_not_running':
      return { ok: false, rule: 'process', reason: 'plan_not_running' };
    case 'partner_not_active':
      return { ok: false, rule: 'P1', reason: 'plan_action_partner_not_active' };
    default:
      return { ok: false, rule: 'P2', reason: 'plan_action_not_case_director' };
  }
}
