/** The legal basis of a provision (P5): its kind and what that kind needs (law, motivation, factors). */
import { useState } from 'react';
import type { CatalogueEntry } from '../api/directory';
import { RadioGroup, SelectField, TextArea, TextField } from '../components/form';
import type { FieldErrors } from '../components/errors';
import { useCollaboration } from '../api/collaboration';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';

export const BASIS_KINDS = ['public_task', 'legal_obligation', 'wpg20', 'consent', 'vital_interest', 'conflict_of_duties', 'legitimate_interest', 'compatible_further_processing'] as const;
const FACTORS = ['linkOfPurposes', 'context', 'natureOfData', 'consequences', 'safeguards'] as const;

export interface BasisState {
  readonly kind: (typeof BASIS_KINDS)[number];
  readonly law: string;
  readonly motivation: string;
  readonly consentId: string;
  readonly factors: Readonly<Record<(typeof FACTORS)[number], string>>;
}

export const emptyBasis: BasisState = {
  kind: 'public_task',
  law: '',
  motivation: '',
  consentId: '',
  factors: { linkOfPurposes: '', context: '', natureOfData: '', consequences: '', safeguards: '' },
};

export function basisBody(b: BasisState): Record<string, unknown> {
  switch (b.kind) {
    case 'public_task':
    case 'legal_obligation':
      return { kind: b.kind, law: b.law };
    case 'wpg20':
      return { kind: b.kind, decision: b.law };
    case 'consent':
      return { kind: b.kind, consentId: b.consentId.trim() };
    case 'legitimate_interest':
      return b.motivation.trim() === '' ? { kind: b.kind } : { kind: b.kind, motivation: b.motivation };
    case 'vital_interest':
    case 'conflict_of_duties':
      return { kind: b.kind, motivation: b.motivation };
    case 'compatible_further_processing':
      return { kind: b.kind, factors: b.factors };
  }
}

export function BasisFields({ prefix, value, onChange, fields }: { prefix: string; value: BasisState; onChange: (b: BasisState) => void; fields: FieldErrors }) {
  const { t } = useI18n();
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  // The laws of the partners' catalogues as suggestions; the API still checks your own catalogue (P5).
  const laws = [...new Set((collaboration?.config.partners ?? []).flatMap((p) => (p.legalBasisCatalogue ?? []).filter((e) => e.kind === value.kind).map((e) => e.law ?? '')).filter((l) => l !== ''))];
  const listId = `${prefix}-laws`.replace(/[^a-zA-Z0-9-]/g, '-');
  const set = (patch: Partial<BasisState>): void => onChange({ ...value, ...patch });
  const kindError = fields[`${prefix}.kind`] ?? fields[prefix];
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
      <legend className="utrecht-form-fieldset__legend utrecht-heading-2">{t.register.basis}</legend>
      <RadioGroup
        field={`${prefix}.kind`}
        legend={t.register.basisKind}
        options={BASIS_KINDS.map((k) => ({ value: k, label: t.basisKinds[k] ?? k }))}
        value={value.kind}
        onChange={(k) => set({ kind: k as BasisState['kind'] })}
        error={kindError}
      />
      {value.kind === 'public_task' || value.kind === 'legal_obligation' ? (
        <>
          <TextField field={`${prefix}.law`} label={t.register.law} description={t.register.lawHint} value={value.law} onChange={(law) => set({ law })} error={fields[`${prefix}.law`]} list={listId} required />
          <datalist id={listId}>
            {laws.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </>
      ) : null}
      {value.kind === 'wpg20' ? (
        <TextField field={`${prefix}.decision`} label={t.basisKinds.wpg20 ?? ''} value={value.law} onChange={(law) => set({ law })} error={fields[`${prefix}.decision`]} required />
      ) : null}
      {value.kind === 'consent' ? (
        <TextField field={`${prefix}.consentId`} label={t.register.consentId} value={value.consentId} onChange={(consentId) => set({ consentId })} error={fields[`${prefix}.consentId`]} required />
      ) : null}
      {value.kind === 'vital_interest' || value.kind === 'conflict_of_duties' || value.kind === 'legitimate_interest' ? (
        <TextArea
          field={`${prefix}.motivation`}
          label={t.register.motivation}
          value={value.motivation}
          onChange={(motivation) => set({ motivation })}
          error={fields[`${prefix}.motivation`]}
          rows={3}
          {...(value.kind === 'legitimate_interest' ? { optional: t.common.optional } : {})}
        />
      ) : null}
      {value.kind === 'compatible_further_processing'
        ? FACTORS.map((f) => (
            <TextArea
              key={f}
              field={`${prefix}.factors.${f}`}
              label={t.factors[f]}
              value={value.factors[f]}
              onChange={(v) => set({ factors: { ...value.factors, [f]: v } })}
              error={fields[`${prefix}.factors.${f}`]}
              rows={2}
            />
          ))
        : null}
    </fieldset>
  );
}

/**
 * The basis fields with a choice from the organisation's own catalogue in front: picking an entry
 * fills in its kind and law (the API checks the catalogue, P5).
 */
export function CatalogueBasisFields({ catalogue, value, onChange, fields }: { catalogue: readonly CatalogueEntry[]; value: BasisState; onChange: (b: BasisState) => void; fields: FieldErrors }) {
  const { t } = useI18n();
  const [entry, setEntry] = useState('');
  const pick = (choice: string): void => {
    setEntry(choice);
    const e = catalogue[Number(choice)];
    if (e === undefined) return;
    const kind = (BASIS_KINDS as readonly string[]).includes(e.kind) ? (e.kind as BasisState['kind']) : value.kind;
    onChange({ ...value, kind, law: e.law ?? '' });
  };
  return (
    <>
      {catalogue.length === 0 ? null : (
        <SelectField
          field="catalogue"
          label={t.triage.catalogue}
          description={t.triage.catalogueHint}
          value={entry}
          onChange={pick}
          options={[{ value: '', label: t.common.none }, ...catalogue.map((e, i) => ({ value: String(i), label: `${t.basisKinds[e.kind] ?? e.kind}${e.law === undefined ? '' : `: ${e.law}`}` }))]}
        />
      )}
      <BasisFields prefix="basis" value={value} onChange={onChange} fields={fields} />
    </>
  );
}
