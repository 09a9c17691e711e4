import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openSqlite } from '../../src/db/sqlite/open.js';
import { memoryDatabase, tableNames } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function journalEntries(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

function tempPath(...parts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecm-db-'));
  dirs.push(dir);
  return join(dir, ...parts);
}

describe('migrations', () => {
  it('are kept in src/db/migrations/sqlite, where the built dist/ finds them too', () => {
    expect(MIGRATIONS_FOLDER.endsWith(join('src', 'db', 'migrations', 'sqlite'))).toBe(true);
    expect(existsSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'))).toBe(true);
  });

  it('create every table on first use and record every migration', async () => {
    const db = await memoryDatabase();
    expect(tableNames(db.connection)).toEqual(
      expect.arrayContaining([
        'supplier',
        'templates',
        'supplier_admins',
        'environments',
        'files',
        'departments',
        'roles',
        'users',
        'audit_log',
        'settings',
        'role_permissions',
        'custom_field_classes',
        'custom_field_attributes',
        'order_statuses',
        'return_reasons',
        'order_costs',
        'employment_types',
        'functions',
        'product_groups',
        'products',
        'product_sizes',
        'sets',
        'set_items',
      ]),
    );
    const applied = db.connection.prepare('select count(*) from __drizzle_migrations').pluck().get();
    expect(applied).toBe(journalEntries());
  });

  it('turn foreign keys on and wait 5 s for a busy database', async () => {
    const db = await memoryDatabase();
    expect(db.connection.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.connection.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('create the folder of a new database file, use WAL, and migrate only once', async () => {
    const path = tempPath('nested', 'folder', 'ecm.sqlite');
    const first = await openSqlite(path);
    expect(first.connection.pragma('journal_mode', { simple: true })).toBe('wal');
    await first.transaction((tx) => tx.createSupplier({ name: 'acme', domain: 'ecmanage.nl' }));
    await first.close();

    const again = await openSqlite(path);
    expect(await again.read.supplier()).toEqual({ name: 'acme', domain: 'ecmanage.nl' });
    expect(again.connection.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(journalEntries());
    await again.close();
  });
});
