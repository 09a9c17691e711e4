import { sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

export type SqliteDb = BetterSQLite3Database;

/**
 * The `id` of a row written by INSERT … SELECT. Drizzle's insert-select must name every column of the table,
 * and NULL makes SQLite hand out the next autoincrement id.
 */
export const NEW_ID = sql<number>`null`.as('id');

/** A value from JavaScript as a column of an INSERT … SELECT (drizzle wants computed fields named). */
export const valueAs = <T>(value: T, column: string) => sql<T>`${value}`.as(column);
