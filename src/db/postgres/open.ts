import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Database, Repositories } from '../ports.js';
import { repositories } from '../queries/repositories.js';
import { connect } from './connect.js';
import { migrateSafely } from './migrate.js';
import { postgresEngine, withoutParameters } from './engine.js';

/** Connects to the server at `url` and migrates its database when needed. */
export async function openPostgres(url: string): Promise<PostgresDatabase> {
  const client = await connect(url);
  try {
    const db = drizzle({ client });
    await migrateSafely(client, db);
    return new PostgresDatabase(client, repositories(postgresEngine(db)));
  } catch (error) {
    await client.end().catch(() => undefined);
    throw withoutParameters(error);
  }
}

export class PostgresDatabase implements Database {
  readonly dialect = 'postgres';
  private inTransaction = false;

  constructor(
    /** The one connection of this command, for tests that look below the repositories. */
    readonly client: pg.Client,
    readonly read: Repositories,
  ) {}

  /**
   * One explicit transaction on the one connection, held across the async steps: `read` and the `tx` given to
   * `work` are the same connection, so anything run on it meanwhile is part of the transaction. When the
   * process dies, the server sees the connection drop and rolls the transaction back. READ COMMITTED whatever
   * the server's default: only then does what follows lockSupplierAdmins() see what the lock waited for.
   */
  async transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    if (this.inTransaction) throw new Error('transactions cannot be nested');
    this.inTransaction = true;
    try {
      await this.client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
      try {
        const result = await work(this.read);
        await this.client.query('COMMIT');
        return result;
      } catch (error) {
        // After a failed COMMIT the transaction is gone already, and ROLLBACK only warns.
        await this.client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      this.inTransaction = false;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
