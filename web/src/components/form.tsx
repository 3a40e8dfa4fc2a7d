/**
 * Form fields over the Utrecht CSS classes: every input has a label, an optional description
 * and an error message wired with aria-describedby, and an id derived from the API field path
 * so an error summary can link to it.
 */
import type { ReactNode } from 'react';

/** `subjects.0.bsn` → `f-subjects-0-bsn`: the element id for an API field path. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9_-]+/g, '-')}`;
}

interface FieldShell {
  readonly field: string;
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly error?: string | undefined;
  readonly optional?: string;
}

function describedBy(id: string, description: unknown, error: string | undefined): string | undefined {
  const ids = [description === undefined ? null : `${id}-description`, error === undefined ? null : `${id}-error`].filter((x): x is string => x !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Shell({ id, label, description, error, optional, children, kind }: { id: string; kind?: 'checkbox' } & Omit<FieldShell, 'field'> & { children: ReactNode }) {
  const classes = ['utrecht-form-field', 'utrecht-form-field--distanced', error !== undefined ? 'utrecht-form-field--invalid' : '', kind === 'checkbox' ? 'utrecht-form-field--checkbox' : ''];
  const labelNode = (
    <div className="utrecht-form-field__label">
      <label className={kind === 'checkbox' ? 'utrecht-form-label utrecht-form-label--checkbox' : 'utrecht-form-label'} htmlFor={id}>
        {label}
        {optional === undefined ? null : <span className="ct-optional"> {optional}</span>}
      </label>
    </div>
  );
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      {kind === 'checkbox' ? null : labelNode}
      {description === undefined ? null : (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error === undefined ? null : (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
      {kind === 'checkbox' ? labelNode : null}
    </div>
  );
}

type TextProps = FieldShell & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password' | 'date' | 'datetime-local' | 'url';
  readonly autoComplete?: string;
  readonly inputMode?: 'numeric' | 'text';
  /**
   * Announced as `aria-required`, not the HTML attribute: the server validates, and the browser's
   * `:invalid` would mark every empty required field red before anything was sent.
   */
  readonly required?: boolean;
  /** The id of a <datalist> with suggestions. */
  readonly list?: string;
};

export function TextField({ field, label, description, error, optional, value, onChange, type = 'text', autoComplete, inputMode, required = false, list }: TextProps) {
  const id = fieldId(field);
  return (
    <Shell id={id} label={label} description={description} error={error} {...(optional === undefined ? {} : { optional })}>
      <input
        id={id}
        name={field}
        type={type}
        className={['utrecht-textbox', 'utrecht-textbox--html-input', error !== undefined ? 'utrecht-textbox--invalid' : ''].filter(Boolean).join(' ')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy(id, description, error)}
        aria-required={required || undefined}
        {...(autoComplete === undefined ? {} : { autoComplete })}
        {...(inputMode === undefined ? {} : { inputMode })}
        {...(list === undefined ? {} : { list })}
      />
    </Shell>
  );
}

type AreaProps = FieldShell & { readonly value: string; readonly onChange: (value: string) => void; readonly required?: boolean; readonly rows?: number };

export function TextArea({ field, label, description, error, optional, value, onChange, required = false, rows = 5 }: AreaProps) {
  const id = fieldId(field);
  return (
    <Shell id={id} label={label} description={description} error={error} {...(optional === undefined ? {} : { optional })}>
      <textarea
        id={id}
        name={field}
        rows={rows}
        className={['utrecht-textarea', 'utrecht-textarea--html-textarea', error !== undefined ? 'utrecht-textarea--invalid' : ''].filter(Boolean).join(' ')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy(id, description, error)}
        aria-required={required || undefined}
      />
    </Shell>
  );
}

type SelectProps = FieldShell & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly required?: boolean;
};

export function SelectField({ field, label, description, error, optional, value, onChange, options, required = false }: SelectProps) {
  const id = fieldId(field);
  return (
    <Shell id={id} label={label} description={description} error={error} {...(optional === undefined ? {} : { optional })}>
      <select
        id={id}
        name={field}
        className={['utrecht-select', 'utrecht-select--html-select', error !== undefined ? 'utrecht-select--invalid' : ''].filter(Boolean).join(' ')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy(id, description, error)}
        aria-required={required || undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function Checkbox({ field, label, description, error, checked, onChange, disabled }: FieldShell & { readonly checked: boolean; readonly onChange: (checked: boolean) => void; readonly disabled?: boolean }) {
  const id = fieldId(field);
  return (
    <Shell id={id} label={label} description={description} error={error} kind="checkbox">
      <input
        id={id}
        name={field}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy(id, description, error)}
      />
    </Shell>
  );
}

/** A fieldset of checkboxes; the error of the group links to its first box. */
export function CheckboxGroup({
  field,
  legend,
  description,
  error,
  options,
  selected,
  onChange,
}: {
  readonly field: string;
  readonly legend: ReactNode;
  readonly description?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
}) {
  const id = fieldId(field);
  return (
    <div className={['utrecht-form-fieldset', 'utrecht-form-fieldset--distanced', error !== undefined ? 'utrecht-form-fieldset--invalid' : ''].filter(Boolean).join(' ')}>
      <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={describedBy(id, description, error)}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {description === undefined ? null : (
          <div className="utrecht-form-field-description" id={`${id}-description`}>
            {description}
          </div>
        )}
        {error === undefined ? null : (
          <div className="utrecht-form-field-error-message" id={`${id}-error`}>
            {error}
          </div>
        )}
        {options.map((o, i) => {
          const boxId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--checkbox" key={o.value}>
              <div className="utrecht-form-field__input">
                <input
                  id={boxId}
                  type="checkbox"
                  name={field}
                  value={o.value}
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={selected.includes(o.value)}
                  onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={boxId}>
                  {o.label}
                </label>
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** A fieldset of radio buttons. */
export function RadioGroup({
  field,
  legend,
  description,
  error,
  options,
  value,
  onChange,
}: {
  readonly field: string;
  readonly legend: ReactNode;
  readonly description?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const id = fieldId(field);
  return (
    <div className={['utrecht-form-fieldset', 'utrecht-form-fieldset--distanced', error !== undefined ? 'utrecht-form-fieldset--invalid' : ''].filter(Boolean).join(' ')}>
      <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={describedBy(id, description, error)}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {description === undefined ? null : (
          <div className="utrecht-form-field-description" id={`${id}-description`}>
            {description}
          </div>
        )}
        {error === undefined ? null : (
          <div className="utrecht-form-field-error-message" id={`${id}-error`}>
            {error}
          </div>
        )}
        {options.map((o, i) => {
          const boxId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--radio" key={o.value}>
              <div className="utrecht-form-field__input">
                <input
                  id={boxId}
                  type="radio"
                  name={field}
                  value={o.value}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={boxId}>
                  {o.label}
                </label>
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
