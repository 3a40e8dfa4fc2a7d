import { hash } from '@node-rs/argon2';
import type { Role } from '../../domain/model.js';
import { AppError } from '../app-error.js';
import type { Trx } from '../ports.js';

export interface NewUser {
  readonly collaborationId: string;
  readonly partnerId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** A plain password (hashed here with argon2id) or an argon2id hash made earlier. */
  readonly password: { readonly plain: string } | { readonly hash: string } | null;
  readonly confidentialityDeclaredAt: Date | null;
  readonly vogCheckedAt: Date | null;
  /** False: created inactive (a privileged role awaiting a second person's approval). Default true. */
  readonly active?: boolean;
  /** Where notices are mailed (only that something waits, never personal data); none by default. */
  readonly email?: string | null;
}

/** argon2id with OWASP's recommended minimum (19 MiB, 2 iterations). */
export const hashPassword = (plain: string): Promise<string> => hash(plain, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export async function createUser(trx: Trx, user: NewUser): Promise<string> {
  const taken = await trx.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
  if (taken !== undefined) {
    throw new AppError('conflict', { nl: `Gebruikersnaam ${user.username} bestaat al.`, en: `Username ${user.username} already exists.` }, { fields: [{ field: 'username', message: 'taken' }] });
  }
  const passwordHash = user.password === null ? null : 'hash' in user.password ? user.password.hash : await hashPassword(user.password.plain);
  const row = await trx
    .insertInto('users')
    .values({
      collaboration_id: user.collaborationId,
      partner_id: user.partnerId,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: passwordHash,
      confidentiality_declared_at: user.confidentialityDeclaredAt,
      vog_checked_at: user.vogCheckedAt,
      ...(user.active === false ? { active: false } : {}),
      ...(user.email === undefined ? {} : { email: user.email }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
