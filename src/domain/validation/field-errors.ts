/**
 * Field-named errors: validators know the value, the form knows the field. `collectFieldErrors`
 * joins them so that a request with three bad fields gets three clear messages at once.
 */
import type { Message, ValidationResult } from './result.js';

export interface FieldError {
  /** The field's path in the input, e.g. "subjects.0.bsn". */
  readonly field: string;
  readonly code: string;
  readonly message: Message;
}

/** One field's error, or null when the result is ok. */
export function fieldError(field: string, result: ValidationResult): FieldError | null {
  if (result.ok) return null;
  return {
    field,
    code: result.code,
    message: { nl: `${field}: ${result.message.nl}`, en: `${field}: ${result.message.en}` },
  };
}

/** Every failing field of a record of results, in the record's order. */
export function collectFieldErrors(results: Readonly<Record<string, ValidationResult>>): readonly FieldError[] {
  return Object.entries(results).flatMap(([field, result]) => {
    const error = fieldError(field, result);
    return error === null ? [] : [error];
  });
}

/** A required text field: present and not only white space. */
export function requireText(value: string | null | undefined): ValidationResult<'required'> {
  return value !== null && value !== undefined && value.trim() !== ''
    ? { ok: true }
    : { ok: false, code: 'required', message: { nl: 'Dit veld is verplicht.', en: 'This field is required.' } };
}
