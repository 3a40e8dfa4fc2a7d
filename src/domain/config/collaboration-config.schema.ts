/**
 * The collaboration configuration (DOMAIN.md §6) as one zod schema: field shapes plus the
 * cross-field rules, and `parseCollaborationConfig` that turns any input (a TypeScript data file,
 * parsed JSON) into a validated configuration or a list of issues naming their paths.
 */
import type { z } from 'zod';
import type { Partner } from '../model.js';
import type { ProcessVariant } from '../process/variant.js';
import type { RetentionPolicy } from '../retention/policy.js';
import { collaborationConfigShape } from './collaboration-config.shape.js';
import type { partnerSchema, processVariantSchema, retentionPolicySchema, tableSchema } from './collaboration-config.shape.js';
import { checkConfigConsistency } from './config-consistency.js';

export const collaborationConfigSchema = collaborationConfigShape.superRefine((config, ctx) => {
  for (const issue of checkConfigConsistency(config)) {
    ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  }
});

/** A validated configuration; read-only all the way down, like the domain types. */
export type CollaborationConfig = DeepReadonly<z.infer<typeof collaborationConfigSchema>>;
export type CollaborationPartner = DeepReadonly<z.infer<typeof partnerSchema>>;
export type CollaborationTable = DeepReadonly<z.infer<typeof tableSchema>>;

export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
/** Compile-time proof that the config's process and retention are exactly the shared types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type ProcessVariantMatches = AssertTrue<Same<DeepReadonly<z.infer<typeof processVariantSchema>>, DeepReadonly<ProcessVariant>>>;
export type RetentionPolicyMatches = AssertTrue<Same<DeepReadonly<z.infer<typeof retentionPolicySchema>>, DeepReadonly<RetentionPolicy>>>;
/** A configured partner can be used wherever the domain expects a `Partner`. */
export type PartnerAssignable = AssertTrue<CollaborationPartner extends Partner ? true : false>;

export interface ConfigIssue {
  /** Dotted path of the offending field, e.g. `partners.3.legalBasisCatalogue.0.kind`; empty for the root. */
  readonly path: string;
  readonly message: string;
}

export type ParseConfigResult =
  | { readonly ok: true; readonly config: CollaborationConfig }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/** Validate a collaboration configuration: field shapes first, then the cross-field rules. */
export function parseCollaborationConfig(input: unknown): ParseConfigResult {
  const result = collaborationConfigSchema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((segment) => String(segment)).join('.'),
      message: issue.message,
    })),
  };
}
