/**
 * The result of validating one value: ok, or a stable code plus a message in Dutch and English
 * (STYLE.md §5), so the edge can show a clear error for every bad input (DOMAIN.md §7).
 */
export interface Message {
  readonly nl: string;
  readonly en: string;
}

export type ValidationResult<Code extends string = string> =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: Code; readonly message: Message };

export const VALID: { readonly ok: true } = { ok: true };

export function invalid<Code extends string>(code: Code, nl: string, en: string): ValidationResult<Code> {
  return { ok: false, code, message: { nl, en } };
}
