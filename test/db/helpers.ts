/**
 * Fresh databases of either dialect with the real migrations, and one way to look below the repositories of
 * both: SQL with `?` placeholders on the database's own connection, values as SQLite gives them.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { Database, NewEnvironment, NewUser } from '../../src/db/ports.js';
import { openSqlite, type SqliteDatabase } from '../../src/db/sqlite/open.js';
import { STANDARD_TEMPLATES } from '../../src/klant/templates.js';
import * as postgres from './postgres/harness.js';

export type Dialect = Database['dialect'];
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

type Row = Record<string, unknown>;

export interface TestDb {
  dialect: Dialect;
  db: Database;
  rows(sql: string, ...params: unknown[]): Promise<unknown[][]>;
  objects(sql: string, ...params: unknown[]): Promise<Row[]>;
  value(sql: string, ...params: unknown[]): Promise<unknown>;
  run(sql: string, ...params: unknown[]): Promise<void>;
  inTransaction(): boolean;
  tableNames(): Promise<string[]>;
  /** Every row of every table (sqlite_sequence included; PostgreSQL's sequences are not transactional). */
  dump(): Promise<Record<string, unknown[]>>;
  rowCounts(): Promise<Record<string, number>>;
  foreignKeys(table: string): Promise<{ table: string; from: string }[]>;
  /** Master data of the kind a real customer has, written directly as no repository method writes it. */
  seedMasterData(environmentId: number, size?: { products: number; sizesPerProduct: number }): Promise<void>;
}

const open: Database[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
});

export async function memoryDatabase(): Promise<SqliteDatabase> {
  const db = await openSqlite(':memory:');
  open.push(db);
  return db;
}

export async function emptyDatabase(dialect: Dialect): Promise<TestDb> {
  if (dialect === 'sqlite') return sqliteTestDb(await memoryDatabase());
  const db = await postgres.freshPostgres();
  open.push(db);
  return postgresTestDb(db);
}

/** A supplier with the standard templates and one supplier admin, `jan`. */
export async function supplierDatabase(dialect: Dialect): Promise<TestDb> {
  const t = await emptyDatabase(dialect);
  await t.db.transaction(async (tx) => {
    await tx.createSupplier({ name: 'acme', domain: 'ecmanage.nl' });
    await tx.createTemplates(STANDARD_TEMPLATES);
    await tx.createSupplierAdmin({ username: 'jan', email: 'jan@acme.example', createdAt: '2026-11-27T09:00:00.000Z' });
  });
  return t;
}

function withTables(t: Omit<TestDb, 'dump' | 'rowCounts'>, quoted: (table: string) => string, order: string): TestDb {
  // One query at a time: a pg client given a second query while one runs only queues it, and warns.
  const everyTable = async <T>(read: (table: string) => Promise<T>): Promise<Record<string, T>> => {
    const result: Record<string, T> = {};
    for (const table of await t.tableNames()) result[table] = await read(table);
    return result;
  };
  return {
    ...t,
    dump: () => everyTable((table) => t.rows(`select * from ${quoted(table)} order by ${order}`)),
    rowCounts: () => everyTable(async (table) => Number(await t.value(`select count(*) from ${quoted(table)}`))),
  };
}

function sqliteTestDb(db: SqliteDatabase): TestDb {
  const connection = db.connection;
  const statement = (sql: string) => connection.prepare(sql);
  return withTables(
    {
      dialect: 'sqlite',
      db,
      rows: async (sql, ...params) =>
        statement(sql)
          .raw()
          .all(...params) as unknown[][],
      objects: async (sql, ...params) => statement(sql).all(...params) as Row[],
      value: async (sql, ...params) =>
        statement(sql)
          .pluck()
          .get(...params),
      run: async (sql, ...params) => void statement(sql).run(...params),
      inTransaction: () => connection.inTransaction,
      tableNames: async () =>
        statement("select name from sqlite_master where type = 'table' and name not like 'sqlite_stat%' order by name")
          .pluck()
          .all() as string[],
      foreignKeys: async (table) =>
        connection.pragma(`foreign_key_list(${table})`) as { table: string; from: string }[],
      seedMasterData: async (environmentId, size = { products: 10, sizesPerProduct: 3 }) =>
        seedSqlite(connection, environmentId, size),
    },
    (table) => `"${table}"`,
    'rowid',
  );
}

function postgresTestDb(db: postgres.PostgresDatabase): TestDb {
  return withTables(
    {
      dialect: 'postgres',
      db,
      rows: async (sql, ...params) => (await postgres.query(db, sql, params, 'array')) as unknown[][],
      objects: async (sql, ...params) => (await postgres.query(db, sql, params)) as Row[],
      value: async (sql, ...params) => ((await postgres.query(db, sql, params, 'array'))[0] as unknown[])[0],
      run: async (sql, ...params) => void (await postgres.query(db, sql, params)),
      inTransaction: () => db.client.getTransactionStatus() !== 'I',
      tableNames: () => postgres.tableNames(db),
      foreignKeys: (table) => postgres.foreignKeys(db, table),
      seedMasterData: (environmentId, size = { products: 10, sizesPerProduct: 3 }) =>
        postgres.seedMasterData(db, environmentId, size),
    },
    postgres.qualified,
    'id',
  );
}

function seedSqlite(
  connection: BetterSqlite3.Database,
  environmentId: number,
  size: { products: number; sizesPerProduct: number },
): void {
  const run = (sql: string) => connection.prepare(sql).run({ env: environmentId, ...size });
  run(`insert into employment_types (environment_id, code, name, sort_order)
       values (:env, 'fulltime', 'Voltijd', 1), (:env, 'parttime', 'Deeltijd', 2), (:env, 'temp', 'Uitzendkracht', 3)`);
  run(`insert into functions (environment_id, code, name, sort_order)
       values (:env, 'driver', 'Chauffeur', 1), (:env, 'mechanic', 'Monteur', 2), (:env, 'office', 'Kantoor', 3)`);
  run(`insert into product_groups (environment_id, code, name)
       values (:env, 'trousers', 'Broeken'), (:env, 'jackets', 'Jassen'), (:env, 'shoes', 'Schoenen')`);
  run(`insert into products (environment_id, group_id, article_number, name)
       with recursive n(i) as (select 1 union all select i + 1 from n where i < :products)
       select :env,
              (select id from product_groups where environment_id = :env
               and code = case i % 3 when 0 then 'trousers' when 1 then 'jackets' else 'shoes' end),
              printf('ART-%06d', i), printf('Artikel %d', i)
       from n`);
  run(`insert into product_sizes (environment_id, product_id, size, price_cents, sort_order)
       with recursive s(j) as (select 1 union all select j + 1 from s where j < :sizesPerProduct)
       select :env, p.id, 'S' || s.j, 1000 + s.j * 100, s.j
       from products p, s where p.environment_id = :env order by p.id, s.j`);
  run(
    `insert into sets (environment_id, code, name) values (:env, 'starter', 'Startpakket'), (:env, 'winter', 'Winterset')`,
  );
  run(`insert into set_items (environment_id, set_id, product_id, quantity)
       select :env, s.id, p.id, 2 from sets s, (select id from products where environment_id = :env order by id limit 3) p
       where s.environment_id = :env`);
}

export function newEnvironment(
  acro: string,
  templateId: number,
  overrides: Partial<NewEnvironment> = {},
): NewEnvironment {
  return {
    acro,
    name: `${acro} B.V.`,
    referenceCode: null,
    url: `https://acme.ecmanage.nl/${acro.toLowerCase()}`,
    orderNumberPrefix: acro.toUpperCase(),
    templateId,
    createdAt: '2026-11-27T10:00:00.000Z',
    createdBy: 'jan',
    ...overrides,
  };
}

export function newUser(username: string, overrides: Partial<NewUser> = {}): NewUser {
  return {
    username,
    email: `${username}@example.com`,
    role: 'klantadmin',
    supplierAdminId: null,
    passwordHash: 'scrypt$hash',
    passwordExpiresAt: '2026-12-27T10:00:00.000Z',
    mustChangePassword: true,
    ...overrides,
  };
}

/** An environment as provisioning leaves it: root department, standard roles, every default. */
export async function provisionedEnvironment(db: Database, acro: string): Promise<number> {
  const [template] = await db.read.templates();
  return db.transaction(async (tx) => {
    const id = await tx.createEnvironment(newEnvironment(acro, template!.id));
    await tx.createRootDepartment(id, {
      name: `${acro} B.V.`,
      address: null,
      emailLogoFileId: null,
      sizeInstructionsFileId: null,
    });
    await tx.createStandardRoles(id);
    return id;
  });
}
