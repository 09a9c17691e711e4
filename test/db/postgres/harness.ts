/** What the dialect-neutral tests in test/db need below the repositories, on a PostgreSQL database. */
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, type PostgresDatabase } from '../../../src/db/postgres/open.js';
import { serverAt, type TestServer } from '../../support/postgres-server.js';

/** The server the global setup started for the whole run. */
export async function postgresServer(): Promise<TestServer> {
  return serverAt(inject('postgresPort'));
}

export async function freshPostgres(): Promise<PostgresDatabase> {
  return openPostgres(await (await postgresServer()).createDatabase());
}

/** Values as better-sqlite3 gives them: booleans as 0/1, counts as numbers, JSON as its text. */
const sqliteLike: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.BOOL) return (value: string) => (value === 't' ? 1 : 0);
    if (oid === pg.types.builtins.INT8) return Number;
    if (oid === pg.types.builtins.JSON) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** Runs SQL written with SQLite's `?` placeholders on the database's own connection. */
export async function query(
  db: PostgresDatabase,
  sql: string,
  params: unknown[],
  rowMode?: 'array',
): Promise<unknown[]> {
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  return (await db.client.query({ text, values: params, types: sqliteLike, ...(rowMode && { rowMode }) })).rows;
}

export async function tableNames(db: PostgresDatabase): Promise<string[]> {
  const rows = await query(
    db,
    `select table_name from information_schema.tables
     where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by table_name collate "C"`,
    [],
    'array',
  );
  return rows.map((row) => (row as [string])[0]);
}

export const qualified = (table: string) => (table === '__drizzle_migrations' ? `drizzle.${table}` : `"${table}"`);

export async function foreignKeys(db: PostgresDatabase, table: string): Promise<{ table: string; from: string }[]> {
  return (await query(
    db,
    `select c.confrelid::regclass::text as table, a.attname as from
     from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.conrelid = ?::regclass`,
    [table],
  )) as { table: string; from: string }[];
}

/** The same master data as the SQLite seed, in PostgreSQL's SQL. */
export async function seedMasterData(
  db: PostgresDatabase,
  env: number,
  size: { products: number; sizesPerProduct: number },
): Promise<void> {
  const run = (sql: string, ...params: unknown[]) => query(db, sql, [env, ...params]);
  await run(`insert into employment_types (environment_id, code, name, sort_order)
       values (?, 'fulltime', 'Voltijd', 1), ($1, 'parttime', 'Deeltijd', 2), ($1, 'temp', 'Uitzendkracht', 3)`);
  await run(`insert into functions (environment_id, code, name, sort_order)
       values (?, 'driver', 'Chauffeur', 1), ($1, 'mechanic', 'Monteur', 2), ($1, 'office', 'Kantoor', 3)`);
  await run(`insert into product_groups (environment_id, code, name)
       values (?, 'trousers', 'Broeken'), ($1, 'jackets', 'Jassen'), ($1, 'shoes', 'Schoenen')`);
  await run(
    `insert into products (environment_id, group_id, article_number, name)
     select ?::integer, g.id, 'ART-' || lpad(i::text, 6, '0'), 'Artikel ' || i
     from generate_series(1, ?::integer) i
     join product_groups g on g.environment_id = $1
      and g.code = case i % 3 when 0 then 'trousers' when 1 then 'jackets' else 'shoes' end
     order by i`,
    size.products,
  );
  await run(
    `insert into product_sizes (environment_id, product_id, size, price_cents, sort_order)
     select ?::integer, p.id, 'S' || s.j, 1000 + s.j * 100, s.j
     from products p, generate_series(1, ?::integer) s(j) where p.environment_id = $1 order by p.id, s.j`,
    size.sizesPerProduct,
  );
  await run(
    `insert into sets (environment_id, code, name) values (?, 'starter', 'Startpakket'), ($1, 'winter', 'Winterset')`,
  );
  await run(`insert into set_items (environment_id, set_id, product_id, quantity)
       select ?::integer, s.id, p.id, 2
       from sets s, (select id from products where environment_id = $1 order by id limit 3) p
       where s.environment_id = $1 order by s.id, p.id`);
}

export type { PostgresDatabase };
