/**
 * Real SQLite databases with the real migrations: a file in a temporary folder, so a second connection can
 * read every table to prove that a failed create left the database exactly as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import { initSupplier } from '../../src/app/init-supplier.js';
import { addSupplierAdmin } from '../../src/app/supplier-admins.js';
import type { Database } from '../../src/db/ports.js';
import { openSqlite } from '../../src/db/sqlite/open.js';

export const NOW = new Date('2026-11-27T10:00:00.000Z');

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export interface TestDatabase {
  db: Database;
  path: string;
  /** Every row of every table, sqlite_sequence included, as another connection sees them. */
  snapshot(): string;
}

export async function supplierDatabase(options: { admins?: string[] } = {}): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'ecm-test-'));
  const path = join(dir, 'ecm.sqlite');
  const db = await openSqlite(path);
  cleanups.push(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await initSupplier(db, { supplier: 'acme', admin: 'jan', adminEmail: 'jan@acme.example' }, NOW);
  for (const username of options.admins ?? []) {
    await addSupplierAdmin(db, { username, email: `${username}@acme.example` }, { as: 'jan', now: NOW });
  }
  return { db, path, snapshot: () => snapshot(path) };
}

export function snapshot(path: string): string {
  const reader = new BetterSqlite3(path, { readonly: true });
  try {
    const tables = reader
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all() as string[];
    return JSON.stringify(
      tables.map((table) => [table, reader.prepare(`select * from "${table}"`).raw().all()]),
      (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value),
    );
  } finally {
    reader.close();
  }
}

/** A raw read for facts the ports do not expose (hashes, audit records). */
export function query<T>(path: string, sql: string, ...params: unknown[]): T[] {
  const reader = new BetterSqlite3(path, { readonly: true });
  try {
    return reader.prepare(sql).all(...params) as T[];
  } finally {
    reader.close();
  }
}
