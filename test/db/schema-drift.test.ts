/**
 * The two schemas must describe one database: the queries are written once for both, and the migrations of
 * each engine are generated from its own drizzle tables. Both are built from one description
 * (src/db/schema/tables.ts), so what could still drift is each engine's column factory, and the exports
 * drizzle-kit reads the tables from.
 */
import { getTableName, is, type Column } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as postgres from '../../src/db/postgres/schema.js';
import * as sqlite from '../../src/db/sqlite/schema.js';

type Config = ReturnType<typeof pgTableConfig> | ReturnType<typeof sqliteTableConfig>;

/** What a table must agree on in both dialects, in terms that do not depend on the dialect. */
function describeTable({ name, columns, indexes, foreignKeys, checks, primaryKeys, uniqueConstraints }: Config) {
  const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
  return {
    name,
    columns: columns.map((column: Column) => ({
      name: column.name,
      notNull: column.notNull,
      primaryKey: column.primary,
      unique: column.isUnique ? (column.uniqueName ?? null) : null,
      enumValues: column.enumValues ?? null,
      // A default written by the application, such as the supplier's creation time.
      hasDefault: column.default !== undefined || column.defaultFn !== undefined,
    })),
    primaryKeys: primaryKeys.map((key) => key.columns.map((column) => column.name)),
    uniqueConstraints: byName(
      uniqueConstraints.map((unique) => ({
        name: unique.name ?? '',
        columns: unique.columns.map((column) => column.name),
      })),
    ),
    indexes: byName(
      indexes.map(({ config }) => ({
        name: config.name ?? '',
        unique: config.unique,
        columns: config.columns.map((column) => ('name' in column ? column.name : String(column))),
        partial: config.where !== undefined,
      })),
    ),
    foreignKeys: byName(
      foreignKeys.map((key) => {
        const reference = key.reference();
        return {
          name: key.getName(),
          columns: reference.columns.map((column) => column.name),
          foreignTable: getTableName(reference.foreignTable),
          foreignColumns: reference.foreignColumns.map((column) => column.name),
          onDelete: key.onDelete ?? 'no action',
          onUpdate: key.onUpdate ?? 'no action',
        };
      }),
    ),
    checks: checks.map((check) => check.name).sort(),
  };
}

const pgExports = Object.values(postgres).filter((value) => is(value, PgTable));
const sqliteExports = Object.values(sqlite).filter((value) => is(value, SQLiteTable));
const pgTables = pgExports.map((table) => describeTable(pgTableConfig(table)));
const sqliteTables = sqliteExports.map((table) => describeTable(sqliteTableConfig(table)));

describe('the SQLite and PostgreSQL schemas', () => {
  it('have the same tables', () => {
    expect(pgTables.map((t) => t.name).sort()).toEqual(sqliteTables.map((t) => t.name).sort());
    expect(pgTables.length).toBeGreaterThanOrEqual(23);
  });

  it('export every table they build, which is how drizzle-kit finds them', () => {
    expect(new Set(pgExports)).toEqual(new Set(Object.values(postgres.postgresTables)));
    expect(new Set(sqliteExports)).toEqual(new Set(Object.values(sqlite.sqliteTables)));
  });

  it.each(sqliteTables.map((table) => [table.name, table] as const))(
    'describe %s the same: columns, keys, indexes and checks',
    (name, sqliteTable) => {
      expect(pgTables.find((t) => t.name === name)).toEqual(sqliteTable);
    },
  );
});
