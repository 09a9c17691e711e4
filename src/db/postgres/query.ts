import { getTableName, sql, type Column } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgTable } from 'drizzle-orm/pg-core';

export type PgDb = NodePgDatabase;

/**
 * The `id` of a row written by INSERT … SELECT. Drizzle's insert-select must name every column of the table;
 * the identity's own sequence hands out the next id. The subquery looks the sequence up once per statement
 * rather than for every row. PostgreSQL evaluates nextval() after ORDER BY, so new ids follow the order of
 * the source rows.
 */
export const newId = (table: PgTable) =>
  sql<number>`nextval((select pg_get_serial_sequence(${getTableName(table)}, 'id')::regclass))`.as('id');

/** A value from JavaScript as a column of an INSERT … SELECT (drizzle wants computed fields named). */
export const valueAs = <T>(value: T, column: string) => sql<T>`${value}`.as(column);

/**
 * Sorts text by code point, as SQLite does, whatever collation the database was created with (nl-NL puts
 * "a_b" before "a-b", for one).
 */
export const byCodePoint = (column: Column) => sql`${column} collate "C"`;
