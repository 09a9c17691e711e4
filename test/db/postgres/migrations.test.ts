import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open.js';
import { MIGRATION_LOCK_KEY, MIGRATIONS_FOLDER } from '../../../src/db/postgres/migrate.js';
import { openPostgres, type PostgresDatabase } from '../../../src/db/postgres/open.js';
import { EcmError } from '../../../src/errors.js';
import { messages as m } from '../../../src/messages/index.js';
import { postgresServer } from './harness.js';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: { when: number }[];
};
const newestKnown = Math.max(...journal.entries.map((entry) => entry.when));

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function client(url: string): Promise<pg.Client> {
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  cleanups.push(() => connection.end());
  return connection;
}

async function opened(db: Promise<PostgresDatabase>): Promise<PostgresDatabase> {
  const database = await db;
  cleanups.push(() => database.close());
  return database;
}

async function appliedMigrations(connection: pg.Client): Promise<number> {
  return (await connection.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0]!
    .n;
}

async function ecmTables(connection: pg.Client): Promise<number> {
  const { rows } = await connection.query<{ n: number }>(
    "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
  );
  return rows[0]!.n;
}

describe('PostgreSQL migrations', () => {
  it('are kept in src/db/migrations/postgres, where the built dist/ finds them too', () => {
    expect(MIGRATIONS_FOLDER.endsWith(join('src', 'db', 'migrations', 'postgres'))).toBe(true);
    expect(existsSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'))).toBe(true);
  });

  it('create every table on first use, record every migration, and run only once', async () => {
    const url = await (await postgresServer()).createDatabase();
    const db = await opened(openPostgres(url));
    const reader = await client(url);
    expect(await ecmTables(reader)).toBe(23);
    expect(await appliedMigrations(reader)).toBe(journal.entries.length);
    await db.transaction((tx) => tx.createSupplier({ name: 'acme', domain: 'ecmanage.nl' }));

    const again = await opened(openPostgres(url));
    expect(await again.read.supplier()).toEqual({ name: 'acme', domain: 'ecmanage.nl' });
    expect(await appliedMigrations(reader)).toBe(journal.entries.length);
  });

  it('let two processes that start on a new database at once both succeed, one migrating', async () => {
    const url = await (await postgresServer()).createDatabase();
    const holder = await client(url);
    // Holding the lock makes both find the database unmigrated and queue for it, the moment that matters.
    await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const opening = [openPostgres(url), openPostgres(url)];
    for (let waiting = 0; waiting < 2;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const { rows } = await holder.query<{ n: number }>(
        "select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = $1 and not granted",
        [MIGRATION_LOCK_KEY],
      );
      waiting = rows[0]!.n;
    }
    await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);

    const [first, second] = await Promise.all(opening.map(opened));
    expect(await first!.read.templates()).toEqual([]);
    expect(await second!.read.templates()).toEqual([]);
    expect(await appliedMigrations(holder)).toBe(journal.entries.length);
  });

  it('let four at once on a new database all succeed', async () => {
    const url = await (await postgresServer()).createDatabase();
    const dbs = await Promise.all([1, 2, 3, 4].map(() => opened(openPostgres(url))));
    for (const db of dbs) expect(await db.read.supplier()).toBeNull();
    expect(await appliedMigrations(await client(url))).toBe(journal.entries.length);
  });

  it('refuse a database migrated by a newer ecm', async () => {
    const url = await (await postgresServer()).createDatabase();
    await (await openPostgres(url)).close();
    const writer = await client(url);
    await writer.query('insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)', [
      'from-a-newer-ecm',
      newestKnown + 1,
    ]);

    const error: unknown = await openDatabase(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcmError);
    expect((error as EcmError).kind).toBe('database');
    expect((error as EcmError).problems).toEqual([
      { field: null, code: 'database_newer', message: m.database.newerSchema },
    ]);
  });

  it('refuse it before migrating anything', async () => {
    const url = await (await postgresServer()).createDatabase();
    const writer = await client(url);
    await writer.query(`create schema drizzle;
      create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint);
      insert into drizzle.__drizzle_migrations (hash, created_at) values ('newer', ${newestKnown + 1})`);

    await expect(openPostgres(url)).rejects.toMatchObject({ problems: [{ code: 'database_newer' }] });
    expect(await ecmTables(writer)).toBe(0);
  });
});

describe('the rights of the user ecm connects as', () => {
  async function appUser(url: string, name: string, grants: string): Promise<string> {
    const admin = await client(url);
    await admin.query(`create role ${name} login password 'app-secret'`);
    await admin.query(grants);
    const app = new URL(url);
    app.username = name;
    app.password = 'app-secret';
    return app.href;
  }

  it('need to include creating a schema and tables for the first use', async () => {
    const url = await (await postgresServer()).createDatabase();
    const app = await appUser(url, 'ecm_no_ddl', 'select 1');
    const error: unknown = await openDatabase(app).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcmError);
    expect((error as EcmError).problems[0]).toMatchObject({ code: 'database_unavailable' });
    expect((error as EcmError).problems[0]!.message).toMatch(/permission denied/);
  });

  it('need only reading and writing rows once the database is migrated', async () => {
    const url = await (await postgresServer()).createDatabase();
    await (await openPostgres(url)).close();
    const app = await appUser(
      url,
      'ecm_rows_only',
      `grant usage on schema public, drizzle to ecm_rows_only;
       grant select, insert, update, delete on all tables in schema public to ecm_rows_only;
       grant usage on all sequences in schema public to ecm_rows_only;
       grant select on drizzle.__drizzle_migrations to ecm_rows_only`,
    );
    const db = await opened(openPostgres(app));
    await db.transaction((tx) => tx.createSupplier({ name: 'acme', domain: 'ecmanage.nl' }));
    expect(await db.read.supplier()).toEqual({ name: 'acme', domain: 'ecmanage.nl' });
  });
});
