/** The kind of data of a contribution, chosen from the table's vocabulary: the life domains and the table's data set (seed 000 art. 5.1, 5.3). */
import { label, useI18n } from '../i18n/i18n';

export interface TableCategory {
  readonly id: string;
  /** The data set's label; null for a life domain (named by the catalogue). */
  readonly label: string | null;
  readonly special?: boolean;
}

export function CategoryField({ categories, value, onChange, error }: { categories: readonly TableCategory[]; value: string; onChange: (v: string) => void; error: string | undefined }) {
  const { t } = useI18n();
  const domains = categories.filter((c) => c.label === null);
  const kinds = categories.filter((c) => c.label !== null);
  const id = 'f-category';
  const hint = `${id}-hint`;
  return (
    <div className={['utrecht-form-field', 'utrecht-form-field--distanced', error !== undefined ? 'utrecht-form-field--invalid' : ''].filter(Boolean).join(' ')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {t.tables.category}
        </label>
      </div>
      <div className="utrecht-form-field__description utrecht-form-field-description" id={hint}>
        {t.tables.categoryHint}
      </div>
      {error === undefined ? null : (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <select
          id={id}
          name="category"
          className={['utrecht-select', 'utrecht-select--html-select', error !== undefined ? 'utrecht-select--invalid' : ''].filter(Boolean).join(' ')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-required
          aria-invalid={error !== undefined || undefined}
          aria-describedby={error === undefined ? hint : `${hint} ${id}-error`}
        >
          <option value="">{t.tables.chooseCategory}</option>
          <optgroup label={t.tables.lifeDomains}>
            {domains.map((c) => (
              <option key={c.id} value={c.id}>
                {label(t.lifeDomains, c.id)}
              </option>
            ))}
          </optgroup>
          {kinds.length === 0 ? null : (
            <optgroup label={t.tables.dataSet}>
              {kinds.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.special === true ? `${c.label ?? c.id} ${t.tables.special}` : (c.label ?? c.id)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
    </div>
  );
}
