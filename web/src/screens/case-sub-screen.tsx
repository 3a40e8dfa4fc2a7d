/** The frame of a screen about one case: its title, a way back, and the case as the API gave it. */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/client';
import type { CaseView } from '../api/types';
import { ErrorNotice, FormCheck, fieldErrorsOf } from '../components/errors';
import type { FieldErrors } from '../components/errors';
import { Heading, Paragraph } from '../components/ui';
import { isoDate } from '../dates';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useCase } from './case-page';

export function CaseSubScreen({ caseId, title, intro, children }: { caseId: string; title: string; intro: string; children: (c: CaseView, reload: () => void) => ReactNode }) {
  const { t } = useI18n();
  const loaded = useCase(caseId);
  const c = loaded.data;
  return (
    <>
      <Heading level={1} focusOnMount>
        {title}
      </Heading>
      <Paragraph lead>{intro}</Paragraph>
      <Paragraph>
        <Link to={`/cases/${caseId}`}>{t.caseLinks.back(c?.number ?? '')}</Link>
      </Paragraph>
      {loaded.error === null ? null : <ErrorNotice error={loaded.error} />}
      {c === undefined ? loaded.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null : children(c, loaded.reload)}
    </>
  );
}

export interface Submission {
  readonly error: unknown;
  readonly fields: FieldErrors;
  readonly busy: boolean;
  readonly done: string | null;
  readonly send: <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, success: (result: T) => string) => Promise<T | null>;
  readonly reset: () => void;
  /**
   * Shows what the form found itself before sending (all fields at once, as the API's errors);
   * returns true when something was found, so the caller does not send.
   */
  readonly refuse: (found: FieldErrors) => boolean;
}

/** The fields among `values` left empty, each with the catalogue text "Vul dit veld in." */
export function missing(values: Readonly<Record<string, string | readonly string[]>>, required: string, chooseOne: string): FieldErrors {
  const out: Record<string, string> = {};
  for (const [field, v] of Object.entries(values)) {
    if (typeof v === 'string' ? v.trim() === '' : v.length === 0) out[field] = typeof v === 'string' ? required : chooseOne;
  }
  return out;
}

/** One form's submission: busy state, the API's error with its field errors, the confirmation. */
export function useSubmission(): Submission {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return {
    error,
    fields: fieldErrorsOf(error, lang),
    busy,
    done,
    reset: () => {
      setError(null);
      setDone(null);
    },
    refuse: (found) => {
      const n = Object.keys(found).length;
      if (n === 0) return false;
      const summary = t.surface.checkSummary(n);
      setDone(null);
      setError(new FormCheck(found, { nl: summary, en: summary }));
      return true;
    },
    send: async <T,>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, success: (result: T) => string): Promise<T | null> => {
      setBusy(true);
      setDone(null);
      try {
        const result = await api<T>(method, path, body);
        setError(null);
        setDone(success(result));
        return result;
      } catch (e) {
        setError(e);
        return null;
      } finally {
        setBusy(false);
      }
    },
  };
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A date field's YYYY-MM-DD as an ISO date-time: now for today, else noon UTC (the day never shifts). */
export function dateTime(input: string): string {
  // Dutch input (31-03-1980) is read as well as ISO.
  const date = isoDate(input);
  if (date === today()) return new Date().toISOString();
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00.000Z` : date;
}
