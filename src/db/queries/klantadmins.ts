/** The klantadmins added to an environment after its create, and their temporary passwords. */
import { and, eq } from 'drizzle-orm';
import type { Repositories } from '../ports.js';
import { written, type Engine } from './engine.js';

export function klantadminRepositories(engine: Engine): Pick<Repositories, 'replaceTemporaryPassword'> {
  const { db } = engine;
  const { users } = engine.tables;
  return {
    async replaceTemporaryPassword(environmentId, username, password) {
      return written(
        db
          .update(users)
          .set({
            passwordHash: password.passwordHash,
            passwordExpiresAt: password.passwordExpiresAt,
            mustChangePassword: true,
          })
          .where(and(eq(users.environmentId, environmentId), eq(users.username, username))),
      );
    },
  };
}
