/**
 * What the queries, written once, need from an engine. They are typed against SQLite's drizzle API and tables;
 * on PostgreSQL the same calls on a node-postgres drizzle build PostgreSQL statements from PostgreSQL tables of
 * the same shape (../schema/tables.ts). So a query only ever awaits a statement: .get(), .all() and .run()
 * exist on SQLite alone, and the tests of every query run on both engines.
 */
import { sql, type Column, type SQL, type SQLWrapper, type Table } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Tables } from '../schema/tables.js';

export interface Engine {
  db: Pick<BetterSQLite3Database, 'select' | 'insert' | 'update' | 'delete'>;
  tables: Tables;
  /** The `id` of a row written by INSERT … SELECT, which must name every column of the table. */
  newId(table: Table): SQL.Aliased<number>;
  /** Text sorted by code point, whatever collation the database has. */
  byCodePoint(column: Column): SQLWrapper;
  /** See Repositories.lockSupplierAdmins. */
  lockSupplierAdmins(): Promise<void>;
  /** See Repositories.lockEnvironment. */
  lockEnvironment(environmentId: number): Promise<void>;
  /** A failed query's error as the caller should see it: a UniqueViolation when a unique index refused a row. */
  driverError(error: unknown): unknown;
}

/** How many rows a statement without RETURNING wrote: better-sqlite3 says `changes`, pg `rowCount`. */
export async function written(statement: PromiseLike<unknown>): Promise<number> {
  const result = (await statement) as { changes?: number; rowCount?: number | null };
  return result.changes ?? result.rowCount ?? 0;
}

/** A value from JavaScript as `column` of an INSERT … SELECT, encoded as that column stores it. */
export const valueAs = <T>(column: Column, value: T) => sql<T>`${sql.param(value, column)}`.as(column.name);
