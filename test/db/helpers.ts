/** An in-memory database with the real migrations, and ways to look below the repositories. */
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { NewEnvironment, NewUser } from '../../src/db/ports.js';
import { openSqlite, type SqliteDatabase } from '../../src/db/sqlite/open.js';
import { STANDARD_TEMPLATES } from '../../src/klant/templates.js';

const open: SqliteDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
});

export async function memoryDatabase(): Promise<SqliteDatabase> {
  const db = await openSqlite(':memory:');
  open.push(db);
  return db;
}

/** A supplier with the standard templates and one supplier admin, `jan`. */
export async function supplierDatabase(): Promise<SqliteDatabase> {
  const db = await memoryDatabase();
  await db.transaction(async (tx) => {
    await tx.createSupplier({ name: 'acme', domain: 'ecmanage.nl' });
    await tx.createTemplates(STANDARD_TEMPLATES);
    await tx.createSupplierAdmin({ username: 'jan', email: 'jan@acme.example', createdAt: '2026-11-27T09:00:00.000Z' });
  });
  return db;
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
export async function provisionedEnvironment(db: SqliteDatabase, acro: string): Promise<number> {
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

/** Master data of the kind a real customer has, written directly as no repository method writes it. */
export function seedMasterData(
  connection: BetterSqlite3.Database,
  environmentId: number,
  size: { products: number; sizesPerProduct: number } = { products: 10, sizesPerProduct: 3 },
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

export function tableNames(connection: BetterSqlite3.Database): string[] {
  return connection
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_stat%' order by name")
    .pluck()
    .all() as string[];
}

/** Every row of every table (sqlite_sequence included), so that "unchanged" means unchanged. */
export function dump(connection: BetterSqlite3.Database): Record<string, unknown[]> {
  return Object.fromEntries(
    tableNames(connection).map((table) => [
      table,
      connection.prepare(`select * from "${table}" order by rowid`).raw().all(),
    ]),
  );
}

export function rowCounts(connection: BetterSqlite3.Database): Record<string, number> {
  return Object.fromEntries(
    tableNames(connection).map((table) => [
      table,
      connection.prepare(`select count(*) from "${table}"`).pluck().get() as number,
    ]),
  );
}
