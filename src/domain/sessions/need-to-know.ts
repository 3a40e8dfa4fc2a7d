/**
 * Need-to-know inside a session (ADR 0050, P2/P3): a reader sees an agenda item's content only
 * when invited to that item's case discussion or acting as staff of the case; every other item is
 * a neutral line with the case number. Pure.
 */

export interface ItemAudience {
  /** Users invited to the item's meeting. */
  readonly invitedUserIds: readonly string[];
  /** Process directors and support acting in the case. */
  readonly staffUserIds: readonly string[];
}

export const NOT_FOR_YOU = { nl: 'niet voor u', en: 'not for you' } as const;

export function itemVisibleTo(readerUserId: string, item: ItemAudience): boolean {
  return item.invitedUserIds.includes(readerUserId) || item.staffUserIds.includes(readerUserId);
}

/** The line a reader who is not invited sees: the case number and "niet voor u", nothing else. */
export function neutralLine(caseNumber: string): string {
  return `${caseNumber} — ${NOT_FOR_YOU.nl}`;
}

/**
 * May the reader open the session at all: staff of the collaboration, the chair, a standing
 * participant, or someone invited to one of its items.
 */
export function sessionOpenTo(reader: { readonly userId: string; readonly role: string }, session: { readonly chairUserId: string | null; readonly participantUserIds: readonly string[]; readonly items: readonly ItemAudience[] }): boolean {
  if (reader.role === 'process_director' || reader.role === 'support') return true;
  if (session.chairUserId === reader.userId || session.participantUserIds.includes(reader.userId)) return true;
  return session.items.some((i) => i.invitedUserIds.includes(reader.userId));
}
