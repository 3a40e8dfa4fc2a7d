/**
 * The register of confidentiality declarations and VOG checks (§4; seed 002 art. 13.3: partners
 * establish their staff's reliability "zowel bij aanname als gedurende het dienstverband";
 * seed 004 Bijlage 2: everyone with access has a VOG or a security screening). What a
 * collaboration's configuration says about them (`declarations`) decides, per user, whether each is
 * missing, valid, due for renewal or expired, and whether an expired one refuses personal data.
 */

export type DeclarationKind = 'confidentiality' | 'vog';
export type DeclarationState = 'missing' | 'valid' | 'due' | 'expired' | 'not_required';

export interface DeclarationRule {
  /** Months a recorded declaration or check stays valid; null: it does not expire. */
  readonly validMonths: number | null;
  /** What an expired one does: `refuse` personal data until renewed, or only `tell` the user and the admin. */
  readonly whenExpired: 'tell' | 'refuse';
}

export interface DeclarationPolicy {
  readonly confidentiality: DeclarationRule;
  readonly vog: DeclarationRule & { readonly required: boolean };
  /** Days before the expiry date from which the user and the admin's register see it as due. */
  readonly reminderDaysBefore: number;
}

/**
 * A collaboration that configures nothing: both are required (DOMAIN.md §4) and never expire, as
 * before the configuration field existed.
 */
export const DEFAULT_DECLARATION_POLICY: DeclarationPolicy = {
  confidentiality: { validMonths: null, whenExpired: 'refuse' },
  vog: { required: true, validMonths: null, whenExpired: 'refuse' },
  reminderDaysBefore: 30,
};

export interface DeclarationStatus {
  readonly kind: DeclarationKind;
  readonly state: DeclarationState;
  readonly recordedAt: Date | null;
  /** When it stops being valid; null when it does not expire or was never recorded. */
  readonly expiresAt: Date | null;
  /** True when this state keeps the user from personal data. */
  readonly refuses: boolean;
}

const DAY = 86_400_000;

function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function statusOf(kind: DeclarationKind, rule: DeclarationRule, required: boolean, recordedAt: Date | null, reminderDaysBefore: number, now: Date): DeclarationStatus {
  if (!required) return { kind, state: 'not_required', recordedAt, expiresAt: null, refuses: false };
  if (recordedAt === null) return { kind, state: 'missing', recordedAt, expiresAt: null, refuses: true };
  if (rule.validMonths === null) return { kind, state: 'valid', recordedAt, expiresAt: null, refuses: false };
  const expiresAt = addMonths(recordedAt, rule.validMonths);
  if (now.getTime() >= expiresAt.getTime()) return { kind, state: 'expired', recordedAt, expiresAt, refuses: rule.whenExpired === 'refuse' };
  const due = now.getTime() >= expiresAt.getTime() - reminderDaysBefore * DAY;
  return { kind, state: due ? 'due' : 'valid', recordedAt, expiresAt, refuses: false };
}

/** The state of a user's confidentiality declaration and VOG check under the collaboration's policy. */
export function declarationStatuses(policy: DeclarationPolicy, recorded: { readonly confidentiality: Date | null; readonly vog: Date | null }, now: Date): readonly DeclarationStatus[] {
  return [
    statusOf('confidentiality', policy.confidentiality, true, recorded.confidentiality, policy.reminderDaysBefore, now),
    statusOf('vog', policy.vog, policy.vog.required, recorded.vog, policy.reminderDaysBefore, now),
  ];
}

export type DeclarationBlock = 'no_confidentiality_declaration' | 'no_vog_check' | 'confidentiality_declaration_expired' | 'vog_check_expired';

/** Why these statuses keep the user from personal data, or null. The first refusing one is named. */
export function declarationBlock(statuses: readonly DeclarationStatus[]): DeclarationBlock | null {
  const refusing = statuses.find((s) => s.refuses);
  if (refusing === undefined) return null;
  if (refusing.kind === 'confidentiality') return refusing.state === 'missing' ? 'no_confidentiality_declaration' : 'confidentiality_declaration_expired';
  return refusing.state === 'missing' ? 'no_vog_check' : 'vog_check_expired';
}

/** A user's recorded declaration and check, for the reminders before they expire. */
export interface DeclarationHolder {
  readonly userId: string;
  readonly confidentiality: Date | null;
  readonly vog: Date | null;
}

/** A reminder that a declaration or check expires (or expired): for the user, and for the admin who records the renewal. */
export interface DeclarationReminder {
  readonly kind: 'declaration_expiring' | 'declaration_to_renew';
  readonly userId: string;
  /** The expiry date. */
  readonly dueAt: number;
  /** From when it is shown: `reminderDaysBefore` days before the expiry. */
  readonly remindFrom: number;
  readonly overdue: boolean;
}

/**
 * The reminders before a confidentiality declaration or VOG check expires (§4; seed 002 art. 13.3
 * "gedurende het dienstverband"): from `reminderDaysBefore` days before its expiry until it is
 * recorded anew, one for the user and one for the admin, per expiry date. A declaration that does
 * not expire, is not required or was never recorded (the register lists those) gives none.
 */
export function declarationReminders(policy: DeclarationPolicy, holders: readonly DeclarationHolder[], now: Date): DeclarationReminder[] {
  const out: DeclarationReminder[] = [];
  for (const h of holders) {
    const dates = new Set<number>();
    for (const s of declarationStatuses(policy, h, now)) {
      if ((s.state === 'due' || s.state === 'expired') && s.expiresAt !== null) dates.add(s.expiresAt.getTime());
    }
    for (const dueAt of [...dates].sort((a, b) => a - b)) {
      const base = { userId: h.userId, dueAt, remindFrom: dueAt - policy.reminderDaysBefore * DAY, overdue: now.getTime() >= dueAt };
      out.push({ ...base, kind: 'declaration_expiring' }, { ...base, kind: 'declaration_to_renew' });
    }
  }
  return out;
}
