/** What a submitted form shows: the error summary linked to its fields, or the confirmation. */
import { ErrorSummary } from '../components/errors';
import { Alert } from '../components/ui';
import type { Submission } from './case-sub-screen';

export function FormResult({ submission, labelOf, idPrefix = '' }: { submission: Submission; labelOf: (field: string) => string; idPrefix?: string }) {
  if (submission.error !== null) {
    return <ErrorSummary error={submission.error} fields={Object.entries(submission.fields).map(([field, message]) => ({ field, message }))} labelOf={labelOf} idPrefix={idPrefix} />;
  }
  if (submission.done !== null) return <Alert type="ok">{submission.done}</Alert>;
  return null;
}
