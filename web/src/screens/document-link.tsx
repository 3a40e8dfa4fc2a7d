/**
 * A link that downloads a document (PDF) from the API. The API decides whether the reader may have
 * it and audits the download as an export; the link itself offers it only where a screen needs it.
 */
import type { ReactNode } from 'react';

export function DocumentLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <a className="utrecht-link utrecht-link--html-a ct-document-link" href={href} download {...(label === undefined ? {} : { 'aria-label': label })}>
      {children}
    </a>
  );
}

export const DOCUMENT_URLS = {
  consentForm: (caseId: string, consentId: string) => `/api/cases/${caseId}/documents/consent-forms/${consentId}`,
  informationLetter: (caseId: string, subjectId: string, topic: string) => `/api/cases/${caseId}/documents/information-letters/${subjectId}?topic=${topic}`,
  meetingRecord: (caseId: string, meetingId: string) => `/api/cases/${caseId}/documents/meeting-records/${meetingId}`,
  actionList: (caseId: string, meetingId: string) => `/api/cases/${caseId}/documents/action-lists/${meetingId}`,
  confidentialityDeclaration: (userId: string) => `/api/documents/confidentiality-declarations/${userId}`,
  declarationRegister: () => '/api/documents/declaration-register',
  accessionDeclaration: (partnerId: string) => `/api/documents/accession-declarations/${partnerId}`,
  /** For the privacy-office screens: the written answer to an open access request. */
  accessAnswer: (requestId: string) => `/api/documents/access-answers/${requestId}`,
  /** For the figures and privacy-office screens: the yearly accountability report. */
  accountabilityReport: (year: number) => `/api/documents/accountability-report?year=${year}`,
} as const;
