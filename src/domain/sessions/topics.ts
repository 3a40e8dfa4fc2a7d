/**
 * Groups and themes on the agenda of a group-level table (ADR 0097, seed 000 Bijlage 2, PJO
 * Eijsden-Margraten; rows 000-R85): "Tijdens het PJO worden de jeugdgroepen en de daarbij
 * behorende actie en aanpak besproken" — and "Individuele gevallen worden alleen besproken om te
 * bepalen waar de casus in behandeling genomen wordt: OOV of casusoverleg jeugd". Pure.
 *
 * - Only a group-level table (`individualsDiscussed: routing_only`) takes group and theme items.
 * - A topic holds no personal case data: its texts may not carry a BSN, a date (of birth), a case
 *   number, an e-mail address, a telephone number or a postcode; individuals of the group are
 *   counted and routed to a table that discusses individuals, never named.
 * - Need-to-know: the partners invited to a topic must be partners of the table; a reader sees a
 *   topic's content only when its organisation is invited (or it plans the session); everyone
 *   else sees "Groep 2 — niet voor u", without the group's name.
 */
import type { SessionBody } from './cadence.js';
import { NOT_FOR_YOU } from './need-to-know.js';

export const TOPIC_KINDS = ['group', 'theme'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export type PersonalMarker = 'bsn' | 'date' | 'case_number' | 'email' | 'phone' | 'postcode';

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MARKERS: readonly (readonly [PersonalMarker, RegExp])[] = [
  ['case_number', /\b\d{4}-\d{4}\b/],
  ['date', /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/],
  ['date', new RegExp(`\\b\\d{1,2}\\s+(${MONTHS})\\s+\\d{4}\\b`, 'i')],
  ['bsn', /\b\d{4}\.?\d{2}\.?\d{3}\b|\b\d{9}\b/],
  ['phone', /(\+31|\b0)[\s-]?\d([\s-]?\d){8}\b/],
  ['email', /[^\s@]+@[^\s@]+\.[^\s@]+/],
  ['postcode', /\b[1-9]\d{3}\s?[A-Z]{2}\b/],
];

/** The markers of personal data found in a text, in a fixed order, each once. */
export function personalMarkersIn(text: string): PersonalMarker[] {
  const found: PersonalMarker[] = [];
  for (const [marker, pattern] of MARKERS) if (pattern.test(text) && !found.includes(marker)) found.push(marker);
  return found;
}

const MARKER_WORDS: Readonly<Record<PersonalMarker, string>> = {
  bsn: 'een burgerservicenummer',
  date: 'een datum (zoals een geboortedatum)',
  case_number: 'een casusnummer',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  postcode: 'een postcode',
};

/** A text of a group or theme item (also an action's) holds no personal data: the issue naming the field, if any. */
export function personalDataIssues(field: string, text: string): TopicIssue[] {
  const markers = personalMarkersIn(text);
  if (markers.length === 0) return [];
  return [{ field, message: `Een groeps- of themapunt bevat geen persoonsgegevens; hier staat ${markers.map((m) => MARKER_WORDS[m]).join(' en ')}. Bespreek een persoon als casus aan een andere tafel / no personal data in a group or theme item` }];
}

export interface TopicInput {
  readonly kind: string;
  readonly title: string;
  readonly description: string;
  readonly approach?: string | null | undefined;
  /** Partner ids (slugs) invited to the topic. */
  readonly partners: readonly string[];
  readonly individualsToRoute?: number | undefined;
  readonly routeToTableId?: string | null | undefined;
}

export interface TopicIssue {
  readonly field: string;
  readonly message: string;
}

/** A table an individual of a group may be routed to: another table that discusses individuals. */
export interface RoutingTarget {
  readonly id: string;
  readonly individualsDiscussed: 'full' | 'routing_only';
}

/** Checks a group or theme item for `body`; no issues means it may be stored. */
export function checkTopic(body: SessionBody, input: TopicInput, tables: readonly RoutingTarget[]): TopicIssue[] {
  if (!body.groupLevel) {
    return [{ field: 'kind', message: `${body.name} bespreekt personen, geen groepen of thema's: alleen een groepsoverleg (zoals het PJO) agendeert een groep of thema / only a group-level table takes group or theme items` }];
  }
  const issues: TopicIssue[] = [];
  if (!(TOPIC_KINDS as readonly string[]).includes(input.kind)) issues.push({ field: 'kind', message: 'Kies groep of thema / choose group or theme' });
  if (input.title.trim() === '') issues.push({ field: 'title', message: 'Geef de groep of het thema een naam / name the group or theme' });
  if (input.description.trim() === '') issues.push({ field: 'description', message: 'Beschrijf wat er speelt / describe what is going on' });
  for (const field of ['title', 'description', 'approach'] as const) issues.push(...personalDataIssues(field, input[field] ?? ''));
  if (input.partners.length === 0) issues.push({ field: 'partners', message: 'Nodig ten minste één partner uit / invite at least one partner' });
  for (const p of input.partners) {
    if (!body.partners.includes(p)) issues.push({ field: 'partners', message: `${p} is geen partner van ${body.name} / not a partner of this table` });
  }
  const count = input.individualsToRoute ?? 0;
  const target = input.routeToTableId ?? null;
  if (count > 0 && target === null) issues.push({ field: 'routeToTableId', message: 'Kies de tafel waar de personen uit de groep worden besproken / choose the table the individuals are routed to' });
  if (target !== null) {
    const t = tables.find((x) => x.id === target);
    if (t === undefined || t.id === body.id || t.individualsDiscussed !== 'full') {
      issues.push({ field: 'routeToTableId', message: 'Personen gaan naar een andere tafel die personen bespreekt (zoals het OOV of het casusoverleg jeugd) / route to another table that discusses individuals' });
    }
  }
  return issues;
}

/** May the reader open this topic: the planners, or a professional whose organisation is invited. */
export function topicVisibleTo(reader: { readonly role: string; readonly partnerId: string }, invitedPartnerIds: readonly string[]): boolean {
  if (reader.role === 'process_director' || reader.role === 'support') return true;
  return reader.role === 'professional' && invitedPartnerIds.includes(reader.partnerId);
}

/** The line any other reader sees: the kind and the position, never the group's name. */
export function topicNeutralLine(kind: TopicKind, position: number): string {
  return `${kind === 'group' ? 'Groep' : 'Thema'} ${String(position)} — ${NOT_FOR_YOU.nl}`;
}
