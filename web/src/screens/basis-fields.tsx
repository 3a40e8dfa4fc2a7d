/** The legal basis of a provision (P5): its kind and what that kind needs (law, motivation, factors). */
import type { CatalogueEntry } from '../api/directory';
import type { RegisterCaseBody } from '../api/types';
import { catalogueOf, useDirectory } from '../api/directory';
import { RadioGroup, SelectField, TextArea, TextField } from '../components/form';
import type { FieldErrors } from '../components/errors';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/nl';

export const BASIS_KINDS = ['public_task', 'legal_obligation', 'wpg20', 'consent', 'vital_interest', 'conflict_of_duties', 'legitimate_interest', 'compatible_further_processing'] as const;
const FACTORS = ['linkOfPurposes', 'context', 'natureOfData', 'consequences', 'safeguards'] as const;

export type BasisKind = (typeof BASIS_KINDS)[number];

export interface BasisState {
  /** Empty until the user chooses: no basis is ever pre-selected. */
  readonly kind: BasisKind | '';
  /** The chosen entry of the organisation's catalogue (its index), or empty. */
  readonly entry: string;
  readonly law: string;
  readonly motivation: string;
  readonly consentId: string;
  readonly factors: Readonly<Record<(typeof FACTORS)[number], string>>;
}

export const emptyBasis: BasisState = {
  kind: '',
  entry: '',
  law: '',
  motivation: '',
  consentId: '',
  factors: { linkOfPurposes: '', context: '', natureOfData: '', consequences: '', safeguards: '' },
};

/** A legal basis as the contract takes it (web/src/api/contract.ts). */
export type BasisBody = RegisterCaseBody['registration']['basis'];

/** The basis to send; `{}` while none is chosen (the form's own check stops the sending then). */
export function basisBody(b: BasisState): BasisBody | { readonly kind?: undefined } {
  switch (b.kind) {
    case '':
      return {};
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

/** A catalogue entry as the user reads it: the kind, and the law or decision it rests on. */
export function entryLabel(t: Messages, e: CatalogueEntry): string {
  const kind = t.basisKinds[e.kind] ?? e.kind;
  const cite = e.law ?? (e.kind === 'wpg20' ? e.description : undefined);
  return cite === undefined ? kind : `${kind}: ${cite}`;
}

/** The fields the chosen kind needs besides the catalogue's law (motivation, consent, factors). */
function KindFields({ prefix, value, onChange, fields, lawFree }: { prefix: string; value: BasisState; onChange: (b: BasisState) => void; fields: FieldErrors; lawFree: boolean }) {
  const { t } = useI18n();
  const set = (patch: Partial<BasisState>): void => onChange({ ...value, ...patch });
  return (
    <>
      {lawFree && (value.kind === 'public_task' || value.kind === 'legal_obligation') ? (
        <TextField field={`${prefix}.law`} label={t.register.law} description={t.register.lawHint} value={value.law} onChange={(law) => set({ law })} error={fields[`${prefix}.law`]} required />
      ) : null}
      {lawFree && value.kind === 'wpg20' ? (
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
    </>
  );
}

/**
 * The legal basis of a provision (P5), chosen from the acting organisation's own catalogue: the
 * entry fixes the kind and the law (or the Wpg decision); the form then asks only what that kind
 * still needs. Nothing is pre-selected. Without a catalogue, the kind and law are asked directly.
 */
export function BasisFields({ prefix, value, onChange, fields, catalogue: given }: { prefix: string; value: BasisState; onChange: (b: BasisState) => void; fields: FieldErrors; catalogue?: readonly CatalogueEntry[] }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const catalogue = given ?? catalogueOf(dir.data);
  const kindError = fields[`${prefix}.kind`] ?? fields[prefix] ?? fields[`${prefix}.law`] ?? fields[`${prefix}.decision`];
  const pick = (choice: string): void => {
    const e = catalogue[Number(choice)];
    if (choice === '' || e === undefined) {
      onChange({ ...value, entry: '', kind: '', law: '' });
      return;
    }
    const kind = (BASIS_KINDS as readonly string[]).includes(e.kind) ? (e.kind as BasisKind) : '';
    onChange({ ...value, entry: choice, kind, law: e.law ?? (e.kind === 'wpg20' ? (e.description ?? '') : '') });
  };
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
      <legend className="utrecht-form-fieldset__legend utrecht-heading-2">{t.register.basis}</legend>
      {given === undefined && dir.data === undefined && dir.error === null ? (
        <p className="utrecht-paragraph">{t.app.loading}</p>
      ) : catalogue.length > 0 ? (
        <SelectField
          field={`${prefix}.kind`}
          label={t.triage.catalogue}
          description={t.surface.catalogueHint}
          value={value.entry}
          onChange={pick}
          options={[{ value: '', label: t.surface.chooseBasis }, ...catalogue.map((e, i) => ({ value: String(i), label: entryLabel(t, e) }))]}
          error={kindError}
          required
        />
      ) : (
        <RadioGroup
          field={`${prefix}.kind`}
          legend={t.register.basisKind}
          options={BASIS_KINDS.map((k) => ({ value: k, label: t.basisKinds[k] ?? k }))}
          value={value.kind}
          onChange={(k) => onChange({ ...value, kind: k as BasisKind })}
          error={fields[`${prefix}.kind`] ?? fields[prefix]}
        />
      )}
      <KindFields prefix={prefix} value={value} onChange={onChange} fields={fields} lawFree={catalogue.length === 0} />
    </fieldset>
  );
}

/** The basis fields of an answer or contribution (field paths under `basis`), from the organisation's catalogue. */
export function CatalogueBasisFields({ catalogue, value, onChange, fields }: { catalogue: readonly CatalogueEntry[]; value: BasisState; onChange: (b: BasisState) => void; fields: FieldErrors }) {
  // An empty list may still be loading: then the fields read the organisation's catalogue themselves.
  return <BasisFields prefix="basis" value={value} onChange={onChange} fields={fields} {...(catalogue.length > 0 ? { catalogue } : {})} />;
}

/** What the form checks itself before sending: a basis is chosen (the API checks the rest, P5). */
export function basisMissing(b: BasisState): boolean {
  return b.kind === '';
}
