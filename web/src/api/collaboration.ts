/**
 * The acting collaboration's configuration (tables, work areas, partners, theme): data without
 * personal data, loaded once per session. Names of tables and partners come from here, never
 * from the UI's own code.
 */
import { useEffect, useState } from 'react';
import { get } from './client';
import type { RegistrationFieldRule } from '../../../src/domain/process/registration-details';

export interface NamedItem {
  readonly id: string;
  readonly name: string;
}

/** A table as the configuration states it (seed 000 Bijlage 2); partners by their configuration id (slug). */
export interface ConfigTable extends NamedItem {
  readonly purpose?: string;
  readonly purposeBinding?: string;
  readonly criteria?: readonly string[];
  /** How the criteria hold together: one of every group (seed 001 Bijlage 2); the accept is judged by them. */
  readonly criteriaGroups?: readonly (readonly number[])[];
  readonly followUpQuestions?: readonly string[];
  readonly preconditions?: readonly { readonly kind: string; readonly text: string }[];
  readonly chair?: string;
  readonly responsibleOfficer?: { readonly title: string; readonly partnerId: string };
  readonly ageRange?: { readonly minMonths: number; readonly maxYears: number };
  /** The exceptions on which this table shares without consent (seed 000 Casusoverleg Jeugd checklist IV). */
  readonly consentExceptions?: readonly { readonly id: string; readonly text: string }[];
  /** How often the table meets, in its own words, and the meetings a year when stated (seed 000 Bijlage 2). */
  readonly frequency?: { readonly description: string; readonly meetingsPerYear: { readonly min: number; readonly max: number } | null };
  readonly allowedDataSet?: readonly { readonly id: string; readonly label: string; readonly special: boolean }[];
  readonly individualsDiscussed?: 'full' | 'routing_only';
  readonly separateCovenant?: string;
  /** The structured registration fields the table asks, and which are required (seed 002 Bijlage B §4). */
  readonly registrationFields?: readonly RegistrationFieldRule[];
}

export interface CollaborationConfig {
  readonly id: string;
  readonly name: string;
  readonly tables: readonly ConfigTable[];
  readonly workAreas: readonly (NamedItem & { readonly description?: string })[];
  /** Bodies outside the collaboration a case can be referred to (ZSM, Veilig Thuis, another house). */
  readonly referralBodies?: readonly NamedItem[];
  readonly partners: readonly (NamedItem & { readonly type: string; readonly member: boolean; readonly legalBasisCatalogue?: readonly { readonly kind: string; readonly law?: string }[] })[];
  readonly theme?: Readonly<Record<string, string>>;
  /** Governance articles the covenant has, when it has them: the menu shows their screens only then. */
  readonly disputes?: { readonly source: string };
  readonly exclusion?: { readonly source: string };
  readonly withdrawalOnAmendment?: { readonly source: string };
  readonly immediateTerminationWithUnanimousConsent?: { readonly source: string };
  /** Who informs the data subject and when, with the covenant's own words (`source`). */
  readonly informSubject?: { readonly source: string };
  /** The rule for third parties, with the covenant's own words (`source`). */
  readonly thirdParties?: { readonly policy: string; readonly source: string };
  readonly process?: { readonly triageMode?: string; readonly meetingScheduling?: 'per_case' | 'per_work_area' | 'per_team'; readonly storeOnlyAfterPickup?: boolean; readonly reporterDecisiveInClosing?: boolean; readonly closingCriteria?: readonly { id: string; label: string }[]; readonly proposalAsResult?: boolean; readonly handoverParties?: readonly { id: string; name: string; partnerId: string | null }[]; readonly acceptInConsultationWithRegistrant?: boolean };
}

export interface CollaborationView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly config: CollaborationConfig;
  /** Partner ids (as cases use them) with their names, when the API gives them. */
  readonly partners?: readonly (NamedItem & { readonly slug?: string; readonly type?: string })[];
}

let cache: { key: string; value: Promise<CollaborationView | null> } | null = null;

export function loadCollaboration(key: string): Promise<CollaborationView | null> {
  if (cache?.key !== key) cache = { key, value: get<CollaborationView>('/api/collaboration').catch(() => null) };
  return cache.value;
}

export function useCollaboration(key: string | null): CollaborationView | null {
  const [value, setValue] = useState<CollaborationView | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    void loadCollaboration(key).then((v) => {
      if (live) setValue(v);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}
