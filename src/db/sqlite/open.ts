import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import { migrationsFolder } from '../migrations-folder.js';
import type { Database, Repositories } from '../ports.js';
import { repositories } from '../queries/repositories.js';
import { sqliteEngine } from './engine.js';

export const MIGRATIONS_FOLDER = migrationsFolder('sqlite');

const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating and migrating it when needed) the SQLite database at `path`, or ':memory:'. */
export async function openSqlite(path: string): Promise<SqliteDatabase> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // The driver sets the busy timeout before anything touches the file, so switching to WAL waits for another
  // writer instead of failing.
  const connection = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    await switchToWal(connection);
    connection.pragma('foreign_keys = ON');
    const db = drizzle({ client: reusingStatements(connection) });
    if (!upToDate(connection)) {
      try {
        migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      } catch (error) {
        // drizzle's migrator decides what to run before it takes the write lock, so another process starting
        // at the same moment may have migrated in between: this attempt was rolled back, and the tables are there.
        if (!upToDate(connection)) throw error;
      }
    }
    return new SqliteDatabase(connection, db);
  } catch (error) {
    connection.close();
    throw error;
  }
}

/**
 * Two processes that open a new file at the same moment both read its header and then both want it exclusive
 * to switch it to WAL: SQLite answers one of them SQLITE_BUSY at once, without the busy timeout, since waiting
 * could deadlock them. That one tries again; once the other has switched, the file is in WAL and the pragma
 * only reads.
 */
async function switchToWal(connection: BetterSqlite3.Database): Promise<void> {
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      connection.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

const MAX_KEPT_STATEMENTS = 500;

/**
 * drizzle prepares its SQL anew for every query, and preparing costs as much as running the small statements
 * of a create; an import runs the same few dozen a thousand times. The client drizzle gets keeps each prepared
 * statement by its text, put back in the mode a fresh one has. SQL that differs by the length of a list would
 * keep growing the map, so it is emptied when full.
 */
function reusingStatements(connection: BetterSqlite3.Database): BetterSqlite3.Database {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const client = Object.create(connection) as BetterSqlite3.Database;
  client.prepare = ((source: string) => {
    const kept = statements.get(source);
    if (kept) return kept.reader ? kept.raw(false) : kept;
    if (statements.size >= MAX_KEPT_STATEMENTS) statements.clear();
    const statement = connection.prepare(source);
    statements.set(source, statement);
    return statement;
  }) as BetterSqlite3.Database['prepare'];
  return client;
}

/**
 * drizzle records each applied migration with the `when` of its journal entry as `created_at`. One later than
 * every migration this build knows was made by a newer ecm, whose schema this one must not touch.
 */
function upToDate(connection: BetterSqlite3.Database): boolean {
  const recorded = connection
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (recorded === undefined) return false;
  const newestApplied = Number(connection.prepare('select max(created_at) from __drizzle_migrations').pluck().get());
  const newestKnown = Math.max(
    ...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((migration) => migration.folderMillis),
  );
  if (newestApplied > newestKnown) throw EcmError.one('database', 'database_newer', m.database.newerSchema);
  return newestApplied === newestKnown;
}

export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite';
  readonly read: Repositories;

  constructor(
    /** The driver's connection, for tests that look below the repositories. */
    readonly connection: BetterSqlite3.Database,
    db: BetterSQLite3Database,
  ) {
    this.read = repositories(sqliteEngine(db));
  }

  /**
   * Holds one explicit transaction on the one connection across the async steps, as drizzle's transaction()
   * takes only a synchronous function. IMMEDIATE takes the write lock up front, so a concurrent writer waits
   * (busy_timeout) at BEGIN instead of failing halfway. `read` and the `tx` given to `work` are the same
   * connection, so anything run on this connection meanwhile is part of the transaction.
   */
  async transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    if (this.connection.inTransaction) throw new Error('transactions cannot be nested');
    try {
      this.connection.exec('BEGIN IMMEDIATE');
    } catch (error) {
      // Another writer held the file for longer than the busy timeout: a fact about the database, not a bug.
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw EcmError.one('database', 'database_busy', m.database.busy, null, error);
      }
      throw error;
    }
    try {
      const result = await work(this.read);
      this.connection.exec('COMMIT');
      return result;
    } catch (error) {
      // SQLite has already rolled back by itself after some errors (a full disk, for one).
      if (this.connection.inTransaction) this.connection.exec('ROLLBACK');
      throw error;
    }
  }

  async close(): Promise<void> {
    this.connection.close();
  }
}
