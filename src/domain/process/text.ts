/** A recorded text counts only when it says something: not null, not empty, not only spaces. */
export function filled(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}
