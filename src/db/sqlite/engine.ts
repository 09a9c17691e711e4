/** What SQLite does its own way under the queries written once in ../queries. */
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Engine } from '../queries/engine.js';
import { UniqueViolation } from '../ports.js';
import { sqliteTables } from './schema.js';

export function sqliteEngine(db: BetterSQLite3Database): Engine {
  return {
    db,
    tables: sqliteTables,
    // NULL makes SQLite hand out the next autoincrement id.
    newId: () => sql<number>`null`.as('id'),
    // SQLite's default collation, BINARY, is code point order already.
    byCodePoint: (column) => column,
    // BEGIN IMMEDIATE already makes every writer wait for the one before it.
    lockSupplierAdmins: async () => {},
    lockEnvironment: async () => {},
    driverError: (error) => asUniqueViolation(error) ?? error,
  };
}

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
