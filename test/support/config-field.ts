/**
 * Changing one field of a shipped configuration for one test (item "no configuration field without
 * effect"): the collaboration's stored configuration becomes a copy of the shipped one with that
 * field set to another value, the test shows the behaviour change over the API, and the shipped
 * configuration is put back afterwards.
 *
 * A field is named with `configField('informSubject.postponementAllowed')`; array elements are
 * picked by id, e.g. `configField('partners[ggd-gelderland-zuid].shell')` (shared information by
 * `partnerId`, a precondition by `kind`). The schema-leaf test
 * (`test/config/config-leaves.test.ts`) reads these names from the test files and fails for a leaf
 * of the schema that no test changes.
 */
import { sql } from 'kysely';
import { findShippedCollaboration } from '../../src/collaborations/index.js';
import { parseCollaborationConfig } from '../../src/domain/config/collaboration-config.schema.js';
import { installNewCollaboration } from '../../src/services/governance/install-new-collaboration.js';
import type { InstalledView } from '../../src/services/governance/install-new-collaboration.js';
import { systemContext } from '../../src/store/acting-context.js';
import type { TestServer } from './server.js';

declare const fieldBrand: unique symbol;
/** A path into the collaboration configuration, as written in `configField(…)`. */
export type ConfigField = string & { readonly [fieldBrand]: true };

export function configField(path: string): ConfigField {
  return path as ConfigField;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SEGMENT = /^([A-Za-z][A-Za-z0-9]*)(?:\[([a-z0-9_-]+)\])?$/;

/** A deep copy of `config` with the field at `path` set to `value`; throws when the path names nothing. */
export function withField(config: unknown, path: ConfigField, value: unknown): Json {
  const copy = structuredClone(config) as Json;
  const segments = path.split('.');
  let node: Json = copy;
  segments.forEach((segment, index) => {
    const m = SEGMENT.exec(segment);
    if (m === null || typeof node !== 'object' || node === null || Array.isArray(node)) throw new Error(`configField ${path}: cannot follow "${segment}"`);
    const [, key = '', id] = m;
    const last = index === segments.length - 1;
    if (id === undefined) {
      if (last) {
        node[key] = value as Json;
        return;
      }
      node = node[key] ?? null;
      return;
    }
    const list = node[key];
    if (!Array.isArray(list)) throw new Error(`configField ${path}: ${key} is not a list`);
    // Elements are picked by their id; shared information by its partner, process steps (which have
    // no id) by their event, a precondition by its kind.
    const element = list.find((e) => typeof e === 'object' && e !== null && !Array.isArray(e) && (e.id ?? e.partnerId ?? e.event ?? e.kind) === id);
    if (element === undefined) throw new Error(`configField ${path}: no ${key} with id ${id}`);
    if (last) throw new Error(`configField ${path}: name a field of the element`);
    node = element;
  });
  return copy;
}

async function store(s: TestServer, collaborationId: string, config: Json): Promise<void> {
  await s.deps.database.withTransaction(systemContext(), async (trx) => {
    // The configuration cache keys on updated_at: move it on so the next request reads the copy.
    await trx
      .updateTable('collaborations')
      .set({ config: JSON.stringify(config), updated_at: sql<Date>`updated_at + interval '1 second'` })
      .where('id', '=', collaborationId)
      .execute();
  });
}

/**
 * Runs `fn` while the collaboration `slug` runs on a copy of its shipped configuration with
 * `field` set to `value`; the shipped configuration is stored again afterwards, also on failure.
 */
export function withChangedField<T>(s: TestServer, slug: string, field: ConfigField, value: unknown, fn: () => Promise<T>): Promise<T> {
  return withChangedFields(s, slug, [[field, value]], fn);
}

/** As `withChangedField`, for fields that only change together (e.g. the controller model and its controllers). */
export async function withChangedFields<T>(s: TestServer, slug: string, changes: readonly (readonly [ConfigField, unknown])[], fn: () => Promise<T>): Promise<T> {
  const shipped = findShippedCollaboration(slug);
  if (shipped === undefined) throw new Error(`no shipped collaboration ${slug}`);
  const changed = changes.reduce<Json>((config, [field, value]) => withField(config, field, value), structuredClone(shipped) as unknown as Json);
  const parsed = parseCollaborationConfig(changed);
  if (!parsed.ok) throw new Error(`${JSON.stringify(changes)} makes ${slug} invalid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const id = s.collaborationId(slug);
  await store(s, id, changed);
  try {
    return await fn();
  } finally {
    await store(s, id, structuredClone(shipped) as unknown as Json);
  }
}

/**
 * Installs a copy of a shipped configuration under the id `id`, with `changes` applied and an admin
 * `beheerder@<id>` at `adminPartner` — what `casustafel config install` runs — for a field that is
 * copied into the database at installation, so changing the stored configuration afterwards is not
 * enough.
 */
export function installChangedCopy(
  s: TestServer,
  shipped: unknown,
  { id, adminPartner, password }: { readonly id: string; readonly adminPartner: string; readonly password: string },
  changes: readonly (readonly [ConfigField, unknown])[] = [],
): Promise<InstalledView> {
  const config = [[configField('id'), id] as const, ...changes].reduce<unknown>((c, [field, value]) => withField(c, field, value), shipped);
  return installNewCollaboration(s.deps, { config, admin: { partner: adminPartner, username: `beheerder@${id}`, displayName: 'Beheerder kopie', password } });
}
