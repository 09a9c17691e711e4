import { DrizzleQueryError } from 'drizzle-orm';
import pg from 'pg';
import { UniqueViolation, type Repositories } from '../ports.js';

const UNIQUE_VIOLATION = '23505';

/** The names schema.ts gives the unique indexes that mean something to the caller. */
const CONSTRAINT_BY_NAME: Record<string, UniqueViolation['constraint']> = {
  environments_acro_key_unique: 'acro',
  environments_reference_key_unique: 'reference_code',
  users_environment_username: 'username',
  supplier_admins_username_unique: 'supplier_admin',
};

/**
 * The driver's error instead of drizzle's wrapper, whose message lists the query parameters (a password hash
 * among them); a unique violation becomes a UniqueViolation named by its index.
 */
function driverError(error: unknown): unknown {
  const cause = withoutParameters(error);
  if (cause instanceof pg.DatabaseError && cause.code === UNIQUE_VIOLATION) {
    return new UniqueViolation(CONSTRAINT_BY_NAME[cause.constraint ?? ''] ?? 'other', { cause });
  }
  return cause;
}

export function withoutParameters(error: unknown): unknown {
  return error instanceof DrizzleQueryError && error.cause !== undefined ? error.cause : error;
}

/** Every method of `repositories`, throwing what driverError makes of a failed query. */
export function mappingDriverErrors(repositories: Repositories): Repositories {
  return Object.fromEntries(
    Object.entries(repositories).map(([name, method]: [string, (...args: unknown[]) => Promise<unknown>]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await method(...args);
        } catch (error) {
          throw driverError(error);
        }
      },
    ]),
  ) as unknown as Repositories;
}
