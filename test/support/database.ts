/**
 * Real databases with the real migrations, on both implementations: a SQLite file in a temporary folder,
 * or a fresh database on the PostgreSQL server the global setup started. Another connection reads every
 * table, to prove that a failed create left the database exactly as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import { serverAt } from './postgres-server.js';
import { initSupplier } from '../../src/app/init-supplier.js';
import { addSupplierAdmin } from '../../src/app/supplier-admins.js';
import { openDatabase } from '../../src/db/open.js';
import type { Database } from '../../src/db/ports.js';

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

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const asText = (_key: string, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value);

/**
 * Every row of every table. On SQLite that includes sqlite_sequence, which a rollback restores; PostgreSQL
 * sequences are not transactional by design, so there the rows are compared and the counters are not.
 */
export async function snapshot(url: string): Promise<string> {
  if (!url.startsWith('postgres')) {
    const reader = new BetterSqlite3(url, { readonly: true });
    try {
      const tables = reader
        .prepare("select name from sqlite_master where type = 'table' order by name")
        .pluck()
        .all() as string[];
      return JSON.stringify(
        tables.map((table) => [table, reader.prepare(`select * from "${table}"`).raw().all()]),
        asText,
      );
    } finally {
      reader.close();
    }
  }
  return withPostgres(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'drizzle') order by 1",
    );
    const tables: [string, unknown[]][] = [];
    for (const { name } of rows) {
      const result = await client.query({ text: `select * from ${name} order by 1`, rowMode: 'array' });
      tables.push([name, result.rows]);
    }
    return JSON.stringify(tables, asText);
  });
}

/** Raw SQL, on another connection, for facts the ports do not expose; plain SQL both databases take. */
export async function query<T>(url: string, sql: string): Promise<T[]> {
  if (!url.startsWith('postgres')) {
    const connection = new BetterSqlite3(url);
    try {
      const statement = connection.prepare(sql);
      return (statement.reader ? statement.all() : (statement.run(), [])) as T[];
    } finally {
      connection.close();
    }
  }
  return withPostgres(url, async (client) => (await client.query(sql)).rows as T[]);
}
