/**
 * How the UI shows what went wrong: an error summary that links to each field (WCAG 3.3.1),
 * and a refusal with its rule in plain language. Texts come from the API (nl/en) or the catalogue.
 */
import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { ApiError } from '../api/client';
import type { FieldError } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { fieldId } from './form';
import { Alert } from './ui';

/** The API's message in the chosen language, or the catalogue's text when the server gave none. */
/**
 * A server text as the user reads it: the protocol's rule numbers ("(P7)", "Regel P5:") are left
 * out; the rule is named in plain words beside it (RuleText).
 */
export function withoutRuleCodes(text: string): string {
  return text
    .replace(/\s*\((?:Regel |Rule )?P\d{1,2}(?:[ ,][^)]*)?\)/g, '')
    .replace(/\b(?:Regel|Rule) P\d{1,2}\b[:.]?\s*/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function useErrorText(): (e: unknown) => string {
  const { t, lang } = useI18n();
  return (e) => {
    if (e instanceof ApiError) {
      if (e.detail.code === 'network') return t.errors.network;
      if (e.status === 401 && e.detail.code === 'not_authenticated') return t.errors.sessionEnded;
      return withoutRuleCodes(e.detail.messages[lang] || e.detail.message);
    }
    return t.errors.network;
  };
}

/** Field errors keyed by the API's field path. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The API's field errors, each in the chosen language (the message names no path; the form adds the label). */
export function fieldErrorsOf(e: unknown, lang: 'nl' | 'en' = 'nl'): FieldErrors {
  if (!(e instanceof ApiError) || e.detail.fields === undefined) return {};
  const out: Record<string, string> = {};
  for (const f of e.detail.fields) out[f.field] ??= withoutRuleCodes(f.messages?.[lang] ?? f.message);
  return out;
}

/** Errors the form found itself before sending: shown like the API's, nothing is sent. */
export class FormCheck extends ApiError {
  constructor(fields: FieldErrors, summary: { nl: string; en: string }) {
    super(400, { code: 'validation_failed', message: summary.nl, messages: summary, fields: Object.entries(fields).map(([field, message]) => ({ field, message })) });
  }
}

/** Moves focus to the field itself (a fragment link alone only scrolls). */
function focusField(e: MouseEvent<HTMLAnchorElement>, field: string): void {
  const target = document.getElementById(fieldId(field));
  if (target === null) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ error, fields, labelOf, idPrefix = '' }: { error: unknown; fields: readonly FieldError[]; labelOf: (field: string) => string; idPrefix?: string }) {
  const { t } = useI18n();
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  const rule = error instanceof ApiError ? error.detail.rule : undefined;
  return (
    <div className="utrecht-alert utrecht-alert--error ct-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-2" id="error-summary-title">
          {t.errors.summaryTitle}
        </h2>
        <p className="utrecht-paragraph">{text(error)}</p>
        {rule === undefined ? null : <RuleText rule={rule} />}
        {fields.length === 0 ? null : (
          <ul className="utrecht-unordered-list">
            {fields.map((f) => (
              <li className="utrecht-unordered-list__item" key={f.field}>
                <a className="utrecht-link utrecht-link--html-a" href={`#${fieldId(idPrefix + f.field)}`} onClick={(e) => focusField(e, idPrefix + f.field)}>
                  {labelOf(f.field)}: {f.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export function RuleText({ rule }: { rule: string }) {
  const { t } = useI18n();
  const plain = t.rules[rule];
  return (
    <p className="utrecht-paragraph ct-rule" data-rule={rule}>
      <strong>{t.ruleLabel(rule)}</strong>
      {plain === undefined ? null : `: ${plain}`}
    </p>
  );
}

/** A refusal or failure outside a form: the message, and the rule when the domain named one. */
export function ErrorNotice({ error }: { error: unknown }) {
  const text = useErrorText();
  const rule = error instanceof ApiError ? error.detail.rule : undefined;
  return (
    <Alert type="error">
      <p className="utrecht-paragraph">{text(error)}</p>
      {rule === undefined ? null : <RuleText rule={rule} />}
    </Alert>
  );
}
