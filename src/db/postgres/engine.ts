/** What PostgreSQL does its own way under the queries written once in ../queries. */
import { DrizzleQueryError, getTableName, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Engine } from '../queries/engine.js';
import { UniqueViolation } from '../ports.js';
import { postgresTables } from './schema.js';

const UNIQUE_VIOLATION = '23505';

/** The names the schema gives the unique indexes that mean something to the caller. */
const CONSTRAINT_BY_NAME: Record<string, UniqueViolation['constraint']> = {
  environments_acro_key_unique: 'acro',
  environments_reference_key_unique: 'reference_code',
  users_environment_username: 'username',
  supplier_admins_username_unique: 'supplier_admin',
};

export function postgresEngine(db: NodePgDatabase): Engine {
  const { environments, supplier } = postgresTables;
  return {
    // The same builder calls make PostgreSQL statements here; see Engine.
    db: db as unknown as Engine['db'],
    tables: postgresTables,
    /**
     * The identity's own sequence hands out the next id. The subquery looks the sequence up once per statement
     * rather than for every row. PostgreSQL evaluates nextval() after ORDER BY, so new ids follow the order of
     * the source rows.
     */
    newId: (table) =>
      sql<number>`nextval((select pg_get_serial_sequence(${getTableName(table)}, 'id')::regclass))`.as('id'),
    // Whatever collation the database was created with (nl-NL puts "a_b" before "a-b", for one), as SQLite does.
    byCodePoint: (column) => sql`${column} collate "C"`,
    /**
     * Writers queue on the one supplier row until the holder's transaction ends. Under READ COMMITTED the
     * statements after the lock see everything committed before it was granted, so the admins read next are
     * complete, and the environments an added admin goes into are too.
     */
    lockSupplierAdmins: async () => {
      await db.execute(sql`select ${supplier.id} from ${supplier} where ${supplier.id} = 1 for update`);
    },
    /**
     * FOR NO KEY UPDATE: a second change of the environment waits, while rows that merely refer to it (a
     * leverancieradmin added to every environment meanwhile) do not.
     */
    lockEnvironment: async (environmentId) => {
      await db.execute(
        sql`select ${environments.id} from ${environments} where ${environments.id} = ${environmentId} for no key update`,
      );
    },
    driverError,
  };
}

/**
 * The driver's error instead of drizzle's wrapper, whose message lists the query parameters (a password hash
 * among them); a unique violation becomes a UniqueViolation named by its index.
 */
function driverError(error: unknown): unknown {
  const cause = withoutParameters(error);
  if (cause instanceof pg.DatabaseError && cause.code === UNIQUE_VIOLATION) {
    return new UniqueViolation(CONSTRAINT_BY_NAME[cause.constraint ?? ''] ?? 'other', { cause });
  }
  return cause;
}

export function withoutParameters(error: unknown): unknown {
  return error instanceof DrizzleQueryError && error.cause !== undefined ? error.cause : error;
}
