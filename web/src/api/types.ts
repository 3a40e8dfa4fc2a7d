/**
 * Shapes of the API's answers, as the UI reads them: from the generated contract where the route
 * declares its answer; the error envelope (one for every route) is described here.
 */

import type { paths } from './contract';

/**
 * The JSON an operation answers with, read from the generated contract (./contract.ts, made by
 * `npm run types:api` from /api/openapi.json). Never copy an answer's shape by hand: give the
 * route a response schema and regenerate.
 */
export type Answer<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch'> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer J } } }
    ? J
    : R extends { 201: { content: { 'application/json': infer J } } }
      ? J
      : never
  : never;

/** The JSON body an operation takes, from the generated contract. */
export type RequestBody<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Me = Answer<'/api/auth/me', 'get'>;
export type CaseListItem = Answer<'/api/cases', 'get'>[number];
export type CaseView = Answer<'/api/cases/{caseId}', 'get'>;
/** Computed by the domain; the UI shows what is offered and never re-implements a rule. */
export type CaseAbilities = CaseView['abilities'];
export type SubjectView = CaseView['subjects'][number];
export type ContributionView = CaseView['contributions'][number];
export type RegisteredCase = Answer<'/api/cases', 'post'>;
export type RegisterCaseBody = RequestBody<'/api/cases', 'post'>;

/** Fails to compile when a path or answer above is no longer in the contract (its type would be `never`). */
type Present<T> = [T] extends [never] ? false : true;
export const CONTRACT_READ: readonly [Present<Me>, Present<CaseListItem>, Present<CaseView>, Present<RegisteredCase>, Present<RegisterCaseBody>] = [true, true, true, true, true];

export interface FieldError {
  readonly field: string;
  readonly message: string;
  readonly messages?: { readonly nl: string; readonly en: string };
}

export interface ErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly messages: { readonly nl: string; readonly en: string };
  readonly rule?: string;
  readonly reason?: string;
  readonly fields?: readonly FieldError[];
  readonly requestId?: string;
}
