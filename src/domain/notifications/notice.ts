/**
 * Notices (§7): what waits for a user in the in-app inbox, and the e-mail that says so. E-mail
 * travels outside the covenant's protected system, so the message is built from the notice's
 * kind, the collaboration's name and the inbox address only: no subject's name, no BSN, no case
 * number, no contribution text can reach it, because none is an input here.
 */
import type { ReminderKind } from '../reporting/reminders.js';

export const NOTICE_KINDS = [
  'meeting_invitation',
  'triage_question',
  'rights_request_routed',
  'rights_request_partners_answered',
  'incident_registered',
  'incident_notice',
  'incident_update',
  'complaint_routed',
  'action_list_sent',
  'plan_action_due',
  'plan_action_overdue',
  'signal_picked_up',
  'signal_not_picked_up',
  'presence_lookup_volume',
  'dossier_deescalated',
  'contribution_cleared',
  'restriction_lifted',
  'case_handed_over',
  'accession_intended',
  'contribution_corrected',
  'dispute_raised',
  'dispute_decided',
] as const;
export type BaseNoticeKind = (typeof NOTICE_KINDS)[number];
/** A deadline reminder of the reminders job (reporting/reminders.ts) becomes a notice too. */
export type NoticeKind = BaseNoticeKind | `reminder.${ReminderKind}`;

const WHAT: Readonly<Record<BaseNoticeKind, { readonly nl: string; readonly en: string }>> = {
  meeting_invitation: { nl: 'een uitnodiging voor een Ronde Tafel Overleg', en: 'an invitation to a round-table meeting' },
  triage_question: { nl: 'een triagevraag aan uw organisatie', en: 'a triage question to your organisation' },
  rights_request_routed: { nl: 'een verzoek van een betrokkene over gegevens van uw organisatie', en: "a data subject's request about your organisation's data" },
  rights_request_partners_answered: { nl: 'alle partners hebben een verzoek van een betrokkene beantwoord', en: "every partner answered a data subject's request" },
  incident_registered: { nl: 'een gemeld beveiligingsincident', en: 'a reported security incident' },
  incident_notice: { nl: 'een melding van een beveiligingsincident (binnen 24 uur)', en: 'a notice of a security incident (within 24 hours)' },
  incident_update: { nl: 'een ontwikkeling of maatregel bij een beveiligingsincident', en: 'a development or measure in a security incident' },
  complaint_routed: { nl: 'een klacht die aan uw organisatie is doorgezonden', en: 'a complaint routed to your organisation' },
  action_list_sent: { nl: 'de actielijst van een Ronde Tafel Overleg', en: 'the action list of a round-table meeting' },
  plan_action_due: { nl: 'een actie uit een plan van aanpak die binnenkort afloopt', en: 'an action of a plan that is due soon' },
  plan_action_overdue: { nl: 'een actie uit een plan van aanpak waarvan de termijn verstreken is', en: 'an action of a plan that is overdue' },
  signal_picked_up: { nl: 'de uitkomst van uw aanmelding: opgepakt', en: 'the outcome of your registration: picked up' },
  signal_not_picked_up: { nl: 'de uitkomst van uw aanmelding: niet opgepakt; informeer betrokkene', en: 'the outcome of your registration: not picked up; inform the subject' },
  presence_lookup_volume: { nl: 'een signaal: één gebruiker deed opvallend veel aanwezigheidsvragen', en: 'an alert: one user asked an unusual number of presence lookups' },
  dossier_deescalated: { nl: 'een dossier waaraan u deelnam is afgeschaald: wat blijft en hoe lang', en: 'a dossier you took part in was de-escalated: what stays and for how long' },
  contribution_cleared: { nl: 'een bijdrage van u is bij de afschaling uit het dossier verwijderd', en: 'a contribution of yours was removed from the dossier at de-escalation' },
  case_handed_over: { nl: 'een melding die na de verrijking aan uw organisatie is overgedragen', en: 'a report handed over to your organisation after the enrichment' },
  accession_intended: { nl: 'een voorgenomen toetreding van een organisatie tot het convenant', en: 'an intended accession of an organisation to the covenant' },
  dispute_decided: { nl: 'de uitkomst van een geschil dat u voorlegde', en: 'the outcome of a dispute you raised' },
  dispute_raised: { nl: 'een geschil over de uitvoering van taken door een regisseur, voor u ter behandeling', en: 'a dispute about how a director carries out its tasks, for you to handle' },
  contribution_corrected: { nl: 'een bijdrage die uw organisatie ontving is gecorrigeerd of aangevuld', en: 'a contribution your organisation received was corrected or supplemented' },
  restriction_lifted: { nl: 'een beperking van de verwerking is opgeheven: gegevens die u ontving worden weer verwerkt', en: 'a restriction of processing was lifted: data you received is processed again' },
};

const REMINDER_WHAT: Readonly<Record<ReminderKind, { readonly nl: string; readonly en: string }>> = {
  inform_subject: { nl: 'een herinnering: betrokkene informeren', en: 'a reminder: inform the subject' },
  rights_request_deadline: { nl: 'een herinnering: de termijn van een verzoek van een betrokkene', en: "a reminder: the deadline of a data subject's request" },
  incident_partner_notice: { nl: 'een herinnering: partners binnen 24 uur over een incident informeren', en: 'a reminder: tell the partners of an incident within 24 hours' },
  incident_dpa_notice: { nl: 'een herinnering: de melding aan de Autoriteit Persoonsgegevens (72 uur)', en: 'a reminder: the notification to the Dutch DPA (72 hours)' },
  retention_step: { nl: 'een herinnering: een bewaarstap is aan de beurt', en: 'a reminder: a retention step is due' },
  retention_reassessment: { nl: 'een herinnering: een uitzondering op de bewaartermijn herbeoordelen', en: 'a reminder: re-assess a retention exception' },
  inform_subject_of_deletion: { nl: 'een herinnering: betrokkene over de verwijdering informeren', en: 'a reminder: inform the subject of the deletion' },
  action_due: { nl: 'een herinnering: een actie die binnen een week afloopt', en: 'a reminder: an action due within a week' },
  action_overdue: { nl: 'een herinnering: een actie waarvan de termijn verstreken is', en: 'a reminder: an overdue action' },
  follow_up: { nl: 'een herinnering: een vervolgbespreking in het komende overleg', en: 'a reminder: a follow-up discussion in the coming session' },
  evaluation_due: { nl: 'een herinnering: de evaluatie van een lopende casus', en: 'a reminder: the evaluation of a running case' },
  action_list_due: { nl: 'een herinnering: de actielijst versturen (binnen een week na het overleg)', en: 'a reminder: send the action list (within a week of the meeting)' },
  declaration_expiring: { nl: 'een herinnering: uw geheimhoudingsverklaring of VOG verloopt binnenkort', en: 'a reminder: your confidentiality declaration or certificate of conduct expires soon' },
  declaration_to_renew: { nl: 'een herinnering: een geheimhoudingsverklaring of VOG van een gebruiker verloopt; leg de vernieuwing vast', en: "a reminder: a user's confidentiality declaration or certificate of conduct expires; record the renewal" },
};

export function isNoticeKind(kind: string): kind is NoticeKind {
  if ((NOTICE_KINDS as readonly string[]).includes(kind)) return true;
  return kind.startsWith('reminder.') && Object.hasOwn(REMINDER_WHAT, kind.slice('reminder.'.length));
}

/** What a notice is about, in words, without anything of a person or a case. */
export function noticeWhat(kind: NoticeKind): { readonly nl: string; readonly en: string } {
  if (kind.startsWith('reminder.')) return REMINDER_WHAT[kind.slice('reminder.'.length) as ReminderKind];
  return WHAT[kind as BaseNoticeKind];
}

export interface NoticeMail {
  readonly subject: string;
  readonly text: string;
}

/**
 * The e-mail for a notice: that something waits, and where to read it after signing in. Only the
 * kind, the collaboration's name, the inbox address and — for a document such as the action
 * list — the address of its download go in. That address holds opaque ids only; the document
 * itself is never attached, because it holds personal data: it is an export that passes the
 * access gate for the reader who signs in, and each download is audited (ADR 0006, ADR 0080).
 */
export function noticeMail(kind: NoticeKind, collaborationName: string, inboxUrl: string, documentUrl?: string): NoticeMail {
  const what = noticeWhat(kind);
  const doc = documentUrl === undefined ? null : documentUrl;
  return {
    subject: `Casustafel: er wacht ${what.nl} op u`,
    text: [
      `Er wacht ${what.nl} op u in Casustafel (${collaborationName}).`,
      `Log in en open uw berichten: ${inboxUrl}`,
      ...(doc === null ? [] : [`Het document (PDF) downloadt u na het inloggen: ${doc}`, 'Het is niet bijgevoegd: het bevat persoonsgegevens en u krijgt alleen wat u mag inzien en meenemen.']),
      '',
      'Deze e-mail bevat bewust geen gegevens over personen of casussen: e-mail valt buiten de beveiligde omgeving van het convenant. U leest alles na het inloggen.',
      '',
      '--',
      `${capitalise(what.en)} is waiting for you in Casustafel (${collaborationName}).`,
      `Sign in and open your messages: ${inboxUrl}`,
      ...(doc === null ? [] : [`Download the document (PDF) after signing in: ${doc}`]),
      'This e-mail deliberately holds nothing about people or cases: e-mail lies outside the protected system of the covenant.',
    ].join('\n'),
  };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
