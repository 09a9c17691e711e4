/**
 * Real databases with the real migrations, on both implementations: a SQLite file in a temporary folder,
 * or a fresh database on the PostgreSQL server the global setup started. Another connection reads every
 * table, to prove that a failed create left the database exactly as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, inject } from 'vitest';
import { serverAt } from './postgres-server.js';
import { query, snapshot, withPostgres } from './snapshot.js';
import { initSupplier } from '../../src/app/init-supplier.js';
import { addSupplierAdmin } from '../../src/app/supplier-admins.js';
import { openDatabase } from '../../src/db/open.js';
import type { Database } from '../../src/db/ports.js';

// The readers live apart from the vitest hooks here, so that `npm run fuzz` can use them outside vitest.
export { query, snapshot };

export const NOW = new Date('2026-11-27T10:00:00.000Z');
export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A URL (a file path for SQLite) of a new, empty database of that dialect, removed after the test. */
export async function emptyDatabaseUrl(dialect: Dialect): Promise<string> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ecm-test-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'ecm.sqlite');
  }
  const server = serverAt(inject('postgresPort'));
  const url = await server.createDatabase();
  const name = new URL(url).pathname.slice(1);
  cleanups.push(async () => {
    await withPostgres(server.url('postgres'), (client) =>
      client.query(`drop database if exists ${name} with (force)`),
    );
  });
  return url;
}

export interface TestDatabase {
  dialect: Dialect;
  db: Database;
  url: string;
  /** Every row of every table, as another connection sees them. */
  snapshot(): Promise<string>;
  query<T>(sql: string): Promise<T[]>;
}

export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const url = await emptyDatabaseUrl(dialect);
  const db = await openDatabase(url);
  cleanups.push(() => db.close());
  return { dialect, db, url, snapshot: () => snapshot(url), query: (sql) => query(url, sql) };
}

export async function supplierDatabase(dialect: Dialect, options: { admins?: string[] } = {}): Promise<TestDatabase> {
  const database = await openTestDatabase(dialect);
  await initSupplier(database.db, { supplier: 'acme', admin: 'jan', adminEmail: 'jan@acme.example' }, NOW);
  for (const username of options.admins ?? []) {
    await addSupplierAdmin(database.db, { username, email: `${username}@acme.example` }, { as: 'jan', now: NOW });
  }
  return database;
}
