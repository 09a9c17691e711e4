/**
 * The SQLite tables, built from ../schema/tables.ts. Migrations in `src/db/migrations/sqlite` are generated from
 * this module's exports by `npm run db:generate`; never edit them by hand.
 */
import { sql, type SQLWrapper } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { defineTables } from '../schema/tables.js';

export const sqliteColumns = {
  table: sqliteTable,
  integer,
  text,
  index,
  uniqueIndex,
  check,
  id: () => integer('id').primaryKey({ autoIncrement: true }),
  // SQLite has no boolean, JSON or byte type of its own.
  boolean: (name: string) => integer(name, { mode: 'boolean' }),
  json: (name: string) => text(name, { mode: 'json' }),
  bytes: (name: string) => blob(name, { mode: 'buffer' }),
  // A boolean as a condition and as an operand of `=`, spelled as in the migrations, which drizzle-kit compares.
  isTrue: (column: SQLWrapper) => sql`${column} = 1`,
  truthOf: (column: SQLWrapper) => sql`(${column} = 1)`,
};

export const sqliteTables = defineTables(sqliteColumns);

// drizzle-kit finds tables only as exports of their own; test/db/schema-drift.test.ts checks none is missing.
export const { supplier, templates, supplierAdmins, environments, files, departments, roles, users } = sqliteTables;
export const { auditLog, settings, rolePermissions, customFieldClasses, customFieldAttributes } = sqliteTables;
export const { orderStatuses, returnReasons, orderCosts, employmentTypes, functions } = sqliteTables;
export const { productGroups, products, productSizes, sets, setItems } = sqliteTables;
