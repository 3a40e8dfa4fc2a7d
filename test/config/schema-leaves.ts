/**
 * The leaves of the collaboration configuration schema, as dotted paths with `[]` for the
 * elements of a list (`partners[].shell`), read from the zod schema itself so a new field shows
 * up here without anyone listing it.
 */
import type { z } from 'zod';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional, nullable, default and pipe wrappers down to the schema that holds the value. */
function core(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') && def.innerType !== undefined) s = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) s = def.in;
    else return s;
  }
}

export function schemaLeaves(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(core(schema));
  if (def.type === 'object' && def.shape !== undefined) {
    return Object.entries(def.shape).flatMap(([key, child]) => schemaLeaves(child, prefix === '' ? key : `${prefix}.${key}`));
  }
  if (def.type === 'array' && def.element !== undefined) {
    const element = defOf(core(def.element));
    return element.type === 'object' ? schemaLeaves(def.element, `${prefix}[]`) : [prefix];
  }
  return [prefix];
}

/** `partners[ggd-gelderland-zuid].shell` → `partners[].shell`. */
export function leafOf(path: string): string {
  return path.replace(/\[[^\]]*\]/g, '[]');
}
