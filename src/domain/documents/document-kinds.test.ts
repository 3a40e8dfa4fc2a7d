import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, DOCUMENT_POLICIES, exportRefusal } from './document-kinds.js';

const none = { staff: false, caseRelation: false, obtainedConsent: false, informs: false };

describe('documents as exports', () => {
  it('P16 every document names its purpose and basis in words; documents with personal data carry an audit basis or purpose', () => {
    for (const kind of DOCUMENT_KINDS) {
      const p = DOCUMENT_POLICIES[kind];
      expect(p.purpose.nl.length, kind).toBeGreaterThan(10);
      expect(p.basis.nl.length, kind).toBeGreaterThan(10);
      if (p.personalData) expect(p.basisKind !== null || p.auditPurpose !== null, kind).toBe(true);
    }
    expect(DOCUMENT_POLICIES.access_answer.auditPurpose).toBe('rights_request');
    expect(DOCUMENT_POLICIES.consent_form.basisKind).toBe('consent');
  });

  it('P2 / P6 / P10 who may export a case document: nobody without a case relation; the consent form for staff and its obtainer; the letter for whoever informs', () => {
    for (const kind of ['consent_form', 'information_letter', 'meeting_record', 'action_list'] as const) expect(exportRefusal(kind, none)).toBe('document_no_case_relation');
    const participant = { ...none, caseRelation: true };
    expect(exportRefusal('consent_form', participant)).toBe('document_not_staff');
    expect(exportRefusal('consent_form', { ...participant, obtainedConsent: true })).toBeNull();
    expect(exportRefusal('consent_form', { ...participant, staff: true })).toBeNull();
    expect(exportRefusal('information_letter', participant)).toBe('document_not_informing');
    expect(exportRefusal('information_letter', { ...participant, informs: true })).toBeNull();
    expect(exportRefusal('action_list', participant)).toBeNull();
    expect(exportRefusal('meeting_record', participant)).toBeNull();
  });
});
