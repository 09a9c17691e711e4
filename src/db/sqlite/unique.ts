import BetterSqlite3 from 'better-sqlite3';
import { UniqueViolation, type Repositories } from '../ports.js';

const CONSTRAINT_BY_COLUMN: Record<string, UniqueViolation['constraint']> = {
  'environments.acro_key': 'acro',
  'environments.reference_key': 'reference_code',
  'users.username': 'username',
  'supplier_admins.username': 'supplier_admin',
};

/**
 * The driver's error when a unique index refused a row, as a UniqueViolation naming the index by its columns
 * ("UNIQUE constraint failed: users.environment_id, users.username"); otherwise null. Drizzle may wrap driver
 * errors with the query and its parameters, so the cause chain is searched, and only the driver's own error
 * (which holds no parameters, such as a password hash) becomes the cause.
 */
function asUniqueViolation(error: unknown): UniqueViolation | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (!(e instanceof BetterSqlite3.SqliteError)) continue;
    if (e.code !== 'SQLITE_CONSTRAINT_UNIQUE' && e.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return null;
    const columns = e.message.slice(e.message.indexOf(':') + 1).split(',');
    const constraint = columns.map((column) => CONSTRAINT_BY_COLUMN[column.trim()]).find((c) => c !== undefined);
    return new UniqueViolation(constraint ?? 'other', { cause: e });
  }
  return null;
}

/** Every method of `repositories`, throwing a UniqueViolation instead of the driver's constraint error. */
export function mappingUniqueViolations(repositories: Repositories): Repositories {
  return Object.fromEntries(
    Object.entries(repositories).map(([name, method]: [string, (...args: unknown[]) => Promise<unknown>]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await method(...args);
        } catch (error) {
          throw asUniqueViolation(error) ?? error;
        }
      },
    ]),
  ) as unknown as Repositories;
}
