/**
 * The PostgreSQL tables, built from ../schema/tables.ts. Migrations in `src/db/migrations/postgres` are generated
 * from this module's exports by `npm run db:generate`; never edit them by hand.
 */
import { sql, type SQLWrapper } from 'drizzle-orm';
import { boolean, check, customType, index, integer, json, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { defineTables, type Columns } from '../schema/tables.js';

const pgColumns = {
  table: pgTable,
  integer,
  text,
  index,
  uniqueIndex,
  check,
  // By default rather than always: INSERT … SELECT names every column, and gives the id as nextval() (engine.ts).
  id: () => integer('id').primaryKey().generatedByDefaultAsIdentity(),
  boolean,
  json,
  bytes: customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' }),
  isTrue: (column: SQLWrapper) => sql`${column}`,
  truthOf: (column: SQLWrapper) => sql`${column}`,
};

/** The same tables as SQLite's, in PostgreSQL's types; typed as SQLite's, which the queries are written against. */
export const postgresTables = defineTables(pgColumns as unknown as Columns);

// drizzle-kit finds tables only as exports of their own; test/db/schema-drift.test.ts checks none is missing.
export const { supplier, templates, supplierAdmins, environments, files, departments, roles, users } = postgresTables;
export const { auditLog, settings, rolePermissions, customFieldClasses, customFieldAttributes } = postgresTables;
export const { orderStatuses, returnReasons, orderCosts, employmentTypes, functions } = postgresTables;
export const { productGroups, products, productSizes, sets, setItems } = postgresTables;
