/**
 * Documents as PDF downloads (§7). Each is an export: the service decides who may have it, reads
 * personal data through the access gate and audits the download with purpose and basis. The
 * answer is `application/pdf` as an attachment with a file name that names no person.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { LETTER_TOPICS } from '../../domain/documents/document-kinds.js';
import type { RenderedDocument } from '../../services/documents/document-context.js';
import { accessAnswerDocument } from '../../services/documents/access-answer-document.js';
import { consentFormDocument } from '../../services/documents/consent-form.js';
import {
  accessionDeclarationDocument,
  accountabilityReportDocument,
  publishedAccountabilityReportDocument,
  confidentialityDeclarationDocument,
  declarationRegisterDocument,
} from '../../services/documents/governance-documents.js';
import { informationLetterDocument } from '../../services/documents/information-letter.js';
import { actionListDocument, meetingRecordDocument } from '../../services/documents/meeting-documents.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { partnerParams, recordParams, userParams, uuid, yearQuery } from './schemas.js';

function pdf(reply: FastifyReply, doc: RenderedDocument): Buffer {
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `attachment; filename="${doc.fileName}"`);
  reply.header('cache-control', 'no-store');
  return doc.pdf;
}

const tags = ['documents'];
const description = 'A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.';

export function registerDocumentRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    { method: 'GET', url: '/api/cases/:caseId/documents/consent-forms/:consentId', summary: 'The consent form of a recorded consent (P6; seed 000 Bijlage 5)', description, tags, auth: 'personal', params: z.object({ caseId: uuid, consentId: uuid }) },
    async ({ actor, params, reply }) => pdf(reply, await consentFormDocument(deps, actor, params.caseId, params.consentId)),
  );
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/documents/information-letters/:subjectId',
      summary: 'The information letter to a subject (P10): registration, RTO outcome, third party or deletion',
      description,
      tags,
      auth: 'personal',
      params: z.object({ caseId: uuid, subjectId: uuid }),
      query: z.object({ topic: z.enum(LETTER_TOPICS).default('registration') }),
    },
    async ({ actor, params, query, reply }) => pdf(reply, await informationLetterDocument(deps, actor, params.caseId, params.subjectId, query.topic)),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/cases/:caseId/documents/meeting-records/:meetingId', summary: 'The record of an RTO (seed 003 fase 3)', description, tags, auth: 'personal', params: z.object({ caseId: uuid, meetingId: uuid }) },
    async ({ actor, params, reply }) => pdf(reply, await meetingRecordDocument(deps, actor, params.caseId, params.meetingId)),
  );
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/documents/action-lists/:meetingId',
      summary: "The reader's action list of an RTO: the actions, and only the contributions it may take along (P4)",
      description,
      tags,
      auth: 'personal',
      params: z.object({ caseId: uuid, meetingId: uuid }),
    },
    async ({ actor, params, reply }) => pdf(reply, await actionListDocument(deps, actor, params.caseId, params.meetingId)),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/documents/access-answers/:id', summary: 'The written answer to an open access request (P15); police data marked not to be copied', description, tags, auth: 'personal', params: recordParams },
    async ({ actor, params, reply }) => pdf(reply, await accessAnswerDocument(deps, actor, params.id)),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/documents/confidentiality-declarations/:userId', summary: "A user's confidentiality declaration (seed 000 Bijlage 6): one's own, or any for the admin", description, tags, auth: 'session', params: userParams },
    async ({ actor, params, reply }) => pdf(reply, await confidentialityDeclarationDocument(deps, actor, params.userId)),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/documents/declaration-register', summary: 'The register of signed confidentiality declarations and VOG checks (seed 002 art. 13.3; admin)', description, tags, auth: 'session' },
    async ({ actor, reply }) => pdf(reply, await declarationRegisterDocument(deps, actor)),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/documents/accession-declarations/:partnerId', summary: "A joining partner's accession declaration (seed 000 Bijlage 4; admin)", description, tags, auth: 'session', params: partnerParams },
    async ({ actor, params, reply }) => pdf(reply, await accessionDeclarationDocument(deps, actor, params.partnerId)),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/documents/accountability-report', summary: 'The yearly accountability report (P19), counts only', description, tags, auth: 'session', query: yearQuery },
    async ({ actor, query, reply }) => pdf(reply, await accountabilityReportDocument(deps, actor, query.year)),
  );
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/documents/published-accountability-report',
      summary: 'A published accountability report (P19, ADR 0166), its counts as published',
      description: `${description} Read by the manager, the privacy officer, the statistician and each partner's representatives on privacy matters; 404 for a year not published.`,
      tags,
      auth: 'session',
      query: yearQuery,
    },
    async ({ actor, query, reply }) => pdf(reply, await publishedAccountabilityReportDocument(deps, actor, query.year)),
  );
}
