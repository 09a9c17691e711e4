/**
 * Migrations on first use. drizzle's migrator takes no lock of its own, so two processes starting on a new
 * database at once would both create the tables; an advisory lock lets one migrate while the other waits,
 * then finds nothing left to do. A database migrated by a newer ecm is refused before anything is changed.
 */
import type pg from 'pg';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import { migrationsFolder } from '../migrations-folder.js';

export const MIGRATIONS_FOLDER = migrationsFolder('postgres');

/** Any fixed number will do, as long as every version of ecm takes the same one: "ecm" in ASCII. */
export const MIGRATION_LOCK_KEY = 0x65636d;

export async function migrateSafely(client: pg.Client, db: NodePgDatabase): Promise<void> {
  const newest = Math.max(
    ...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((migration) => migration.folderMillis),
  );
  // The usual case, an up-to-date database, needs neither the lock nor the right to create a schema.
  if (await upToDate(client, newest)) return;
  await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    if (!(await upToDate(client, newest))) await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    // A failed unlock means a lost connection, which released the lock already.
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
}

/** drizzle records each applied migration with the `when` of its journal entry as `created_at`. */
async function upToDate(client: pg.Client, newestKnown: number): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as exists",
  );
  if (!rows[0]?.exists) return false;
  const applied = await client.query<{ newest: string | null }>(
    'select max(created_at)::text as newest from drizzle.__drizzle_migrations',
  );
  const newestApplied = Number(applied.rows[0]?.newest ?? 0);
  if (newestApplied > newestKnown) throw EcmError.one('database', 'database_newer', m.database.newerSchema);
  return newestApplied === newestKnown;
}
