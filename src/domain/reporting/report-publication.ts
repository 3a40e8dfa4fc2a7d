/**
 * When a yearly accountability report may be published (P19; seed 001 art. 4.4, ADR 0145): once
 * its year has ended (a year still running would publish counts that keep changing), and once per
 * year (the published version is the one the partners and the Stuurgroep read; it is not replaced).
 */
import type { PartnerId, Role, UserId } from '../model.js';
import { privacyContacts } from '../notifications/recipients.js';
import type { NoticeUser } from '../notifications/recipients.js';

export type PublicationRefusal = 'year_not_ended' | 'already_published';

export const PUBLICATION_REFUSALS: Readonly<Record<PublicationRefusal, { readonly nl: string; readonly en: string }>> = {
  year_not_ended: { nl: 'dit jaar is nog niet voorbij; een verantwoording wordt na afloop van het jaar gepubliceerd', en: 'this year has not ended yet; an accountability report is published after the year' },
  already_published: { nl: 'de verantwoording over dit jaar is al gepubliceerd en wordt niet vervangen', en: 'the accountability report for this year has already been published and is not replaced' },
};

/** Why the report of `year` may not be published at `now` (UTC), or null. */
export function publicationRefusal(year: number, now: Date, alreadyPublished: boolean): PublicationRefusal | null {
  if (year >= now.getUTCFullYear()) return 'year_not_ended';
  if (alreadyPublished) return 'already_published';
  return null;
}

/**
 * Who reads a published report (seed 001 art. 4.4, 4.2 and 5.3; ADR 0166): the Jaarplan is the
 * Stuurgroep's and the Voorbereidingsgroep's, where the manager advises and every partner sits
 * through its own delegate. So: the roles that also read the live report (`office`: manager,
 * privacy officer, statistician), and per partner the people who speak for it on privacy matters
 * (`representative`: its privacy officers, else its managers, else its professionals and process
 * directors — the same contacts that rights requests and incident notices reach). Everyone else
 * (support staff, the admin, a colleague whose organisation has its own privacy officer, a third
 * party) is refused.
 */
export type PublishedReportReader = 'office' | 'representative' | null;

export function publishedReportReader(
  actor: { readonly userId: UserId; readonly partnerId: PartnerId; readonly role: Role },
  office: boolean,
  users: readonly NoticeUser[],
): PublishedReportReader {
  if (actor.role === 'third_party') return null;
  if (office) return 'office';
  return privacyContacts([actor.partnerId], users).includes(actor.userId) ? 'representative' : null;
}
