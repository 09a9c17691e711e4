import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openSqlite } from '../../src/db/sqlite/open.js';
import { EcmError } from '../../src/errors.js';
import { messages as m } from '../../src/messages/index.js';
import { memoryDatabase } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: { when: number }[];
};
const journalEntries = () => journal.entries.length;
const newestKnown = Math.max(...journal.entries.map((entry) => entry.when));

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
    const tables = db.connection.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(
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

describe('a database migrated by a newer ecm', () => {
  it('is refused with a clear message', async () => {
    const path = tempPath('ecm.sqlite');
    await (await openSqlite(path)).close();
    const writer = new BetterSqlite3(path);
    writer.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('newer', newestKnown + 1);
    writer.close();

    const error: unknown = await openSqlite(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcmError);
    expect((error as EcmError).kind).toBe('database');
    expect((error as EcmError).problems).toEqual([
      { field: null, code: 'database_newer', message: m.database.newerSchema },
    ]);
  });

  it('is refused before anything is migrated', async () => {
    const path = tempPath('ecm.sqlite');
    const writer = new BetterSqlite3(path);
    writer.exec(`create table __drizzle_migrations (id integer primary key, hash text not null, created_at numeric);
      insert into __drizzle_migrations (hash, created_at) values ('newer', ${newestKnown + 1})`);
    await expect(openSqlite(path)).rejects.toMatchObject({ problems: [{ code: 'database_newer' }] });
    expect(writer.prepare("select name from sqlite_master where type = 'table'").pluck().all()).toEqual([
      '__drizzle_migrations',
    ]);
    writer.close();
  });
});

describe('a new database file opened by several processes at the same moment', () => {
  it('is migrated once, and every process can use it', async () => {
    const path = tempPath('ecm.sqlite');
    const script = tempPath('open.mts');
    const openModule = pathToFileURL(join(import.meta.dirname, '../../src/db/sqlite/open.ts')).href;
    // Each process loads everything first and opens only on "go", so that the opens really meet.
    writeFileSync(
      script,
      `import { openSqlite } from ${JSON.stringify(openModule)};
       console.log('ready');
       process.stdin.once('data', async () => {
         const db = await openSqlite(process.argv[2]);
         console.log(JSON.stringify(await db.read.templates()));
         await db.close();
       });`,
    );
    // tsx, which drizzle-kit brings, runs the TypeScript sources as they are.
    const processes = [1, 2, 3, 4].map(() =>
      spawn(process.execPath, ['--import', 'tsx', script, path], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    await Promise.all(processes.map((child) => once(child.stdout, 'data')));
    const outputs = processes.map(async (child) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number];
      return { code, output: output.trim() };
    });
    for (const child of processes) child.stdin.end('go');

    expect(await Promise.all(outputs)).toEqual([1, 2, 3, 4].map(() => ({ code: 0, output: '[]' })));
    const reader = new BetterSqlite3(path, { readonly: true });
    expect(reader.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(journalEntries());
    reader.close();
  });
});
