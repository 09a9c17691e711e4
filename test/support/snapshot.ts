/**
 * Reading a database from another connection: every row of every table, or plain SQL. Free of vitest, so
 * `npm run fuzz` can prove "nothing written" the way the tests do.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
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
