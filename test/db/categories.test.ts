import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, MASTER_DATA_CATEGORIES, type CategoryId } from '../../src/klant/categories.js';
import type { SqliteDatabase } from '../../src/db/sqlite/open.js';
import { newEnvironment, provisionedEnvironment, rowCounts, seedMasterData, supplierDatabase } from './helpers.js';

/** Where each category lives, written out independently of the implementation. */
const TABLES: Record<CategoryId, readonly [table: string, only?: string][]> = {
  customerSettings: [['settings', "category = 'customerSettings'"]],
  emailSettings: [['settings', "category = 'emailSettings'"]],
  languageSettings: [['settings', "category = 'languageSettings'"]],
  validationSettings: [['settings', "category = 'validationSettings'"]],
  permissions: [['role_permissions']],
  customFields: [['custom_field_classes'], ['custom_field_attributes']],
  orderStatuses: [['order_statuses']],
  returnReasons: [['return_reasons']],
  orderCosts: [['order_costs']],
  employmentTypes: [['employment_types']],
  functions: [['functions']],
  assortment: [['product_groups'], ['products'], ['product_sizes']],
  sets: [['sets'], ['set_items']],
};

type Row = Record<string, unknown>;
interface ForeignKey {
  table: string;
  from: string;
}

const foreignKeys = (connection: BetterSqlite3.Database, table: string) =>
  connection.pragma(`foreign_key_list(${table})`) as ForeignKey[];

/** A row without its identities: references are replaced by the row they point at, described the same way. */
function describeRow(connection: BetterSqlite3.Database, table: string, row: Row): Row {
  const keys = foreignKeys(connection, table);
  return Object.fromEntries(
    Object.entries(row)
      .filter(([column]) => column !== 'id' && column !== 'environment_id')
      .map(([column, value]) => {
        const key = keys.find((k) => k.from === column);
        if (!key || value === null) return [column, value];
        const parent = connection.prepare(`select * from ${key.table} where id = ?`).get(value) as Row;
        return [column, describeRow(connection, key.table, parent)];
      }),
  );
}

function describeCategory(connection: BetterSqlite3.Database, environmentId: number, category: CategoryId): Row[] {
  return TABLES[category].flatMap(([table, only]) =>
    (
      connection
        .prepare(`select * from ${table} where environment_id = ? ${only ? `and ${only}` : ''} order by id`)
        .all(environmentId) as Row[]
    ).map((row) => ({ table, ...describeRow(connection, table, row) })),
  );
}

/** Rows of the environment whose references point at a row of another environment. */
function foreignReferences(connection: BetterSqlite3.Database, environmentId: number, category: CategoryId): number {
  return TABLES[category].reduce(
    (sum, [table]) =>
      sum +
      foreignKeys(connection, table)
        .filter((key) => key.table !== 'environments')
        .reduce(
          (n, key) =>
            n +
            (connection
              .prepare(
                `select count(*) from ${table} c join ${key.table} p on p.id = c.${key.from}
                 where c.environment_id = ? and p.environment_id <> c.environment_id`,
              )
              .pluck()
              .get(environmentId) as number),
          0,
        ),
    0,
  );
}

async function sourceWithEverything(db: SqliteDatabase, acro: string): Promise<number> {
  const id = await provisionedEnvironment(db, acro);
  await db.transaction(async (tx) => {
    for (const category of CATEGORY_IDS) await tx.createCategoryDefaults(id, category);
  });
  const [, donker] = await db.read.templates();
  await db.transaction((tx) => tx.applyTemplate(id, donker!.id));
  seedMasterData(db.connection, id);
  // Differ from the defaults, so that the copy shows it took the source's rows.
  db.connection
    .prepare(
      "update settings set value = 'false' where environment_id = ? and key = 'addressChoice.offerCompanyAddress'",
    )
    .run(id);
  return id;
}

describe('category defaults', () => {
  it('fill every configuration category and leave master data empty', async () => {
    const db = await supplierDatabase();
    const id = await provisionedEnvironment(db, 'NS');
    const written: Record<string, number> = {};
    await db.transaction(async (tx) => {
      for (const category of CATEGORY_IDS) written[category] = await tx.createCategoryDefaults(id, category);
    });

    for (const category of CATEGORY_IDS) {
      expect(await db.read.countCategoryRows(id, category), category).toBe(written[category]);
      if (MASTER_DATA_CATEGORIES.has(category)) expect(written[category], category).toBe(0);
      else expect(written[category], category).toBeGreaterThan(0);
    }
    expect(written).toMatchObject({ customerSettings: 24, emailSettings: 9, orderStatuses: 6 });
  });

  it('offer the company address as delivery address', async () => {
    const db = await supplierDatabase();
    const id = await provisionedEnvironment(db, 'NS');
    await db.transaction((tx) => tx.createCategoryDefaults(id, 'customerSettings'));
    const value = db.connection
      .prepare("select value from settings where environment_id = ? and key = 'addressChoice.offerCompanyAddress'")
      .pluck()
      .get(id);
    expect(value).toBe('true');
  });

  it("give permissions to this environment's roles, each role those of the roles below it and more", async () => {
    const db = await supplierDatabase();
    await sourceWithEverything(db, 'OTHER');
    const id = await provisionedEnvironment(db, 'NS');
    await db.transaction((tx) => tx.createCategoryDefaults(id, 'permissions'));

    expect(foreignReferences(db.connection, id, 'permissions')).toBe(0);
    const byRole = db.connection
      .prepare(
        `select r.key, count(*) from role_permissions p join roles r on r.id = p.role_id
         where p.environment_id = ? group by r.key order by r.level`,
      )
      .raw()
      .all(id) as [string, number][];
    expect(byRole.map(([key]) => key)).toEqual([
      'drager',
      'groepsleider',
      'besteller',
      'klantadmin',
      'leverancieradmin',
    ]);
    const counts = byRole.map(([, n]) => n);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBe(counts.length);
  });

  it('of permissions need the standard roles first', async () => {
    const db = await supplierDatabase();
    const [standaard] = await db.read.templates();
    const id = await db.transaction((tx) => tx.createEnvironment(newEnvironment('NS', standaard!.id)));
    await expect(db.transaction((tx) => tx.createCategoryDefaults(id, 'permissions'))).rejects.toThrow(/no role/);
  });
});

describe('copying a category', () => {
  it('copies every category with new identities, references remapped to the target, and the counted rows', async () => {
    const db = await supplierDatabase();
    const source = await sourceWithEverything(db, 'NS');
    const target = await provisionedEnvironment(db, 'KPN');
    const untouched = ['environments', 'departments', 'files', 'roles', 'users', 'audit_log', 'supplier_admins'];
    const countsBefore = rowCounts(db.connection);

    for (const category of CATEGORY_IDS) {
      const counted = await db.read.countCategoryRows(source, category);
      const copied = await db.transaction((tx) => tx.copyCategory(source, target, category));

      expect(copied, category).toBe(counted);
      expect(copied, category).toBeGreaterThan(0);
      expect(await db.read.countCategoryRows(target, category), category).toBe(counted);
      expect(describeCategory(db.connection, target, category), category).toEqual(
        describeCategory(db.connection, source, category),
      );
      expect(foreignReferences(db.connection, target, category), category).toBe(0);
      expect(await db.read.countCategoryRows(source, category), category).toBe(counted);
    }

    const countsAfter = rowCounts(db.connection);
    for (const table of untouched) expect(countsAfter[table], table).toBe(countsBefore[table]);
    const theme = db.connection
      .prepare("select count(*) from settings where environment_id = ? and category = 'theme'")
      .pluck();
    expect(theme.get(source)).toBe(3);
    expect(theme.get(target)).toBe(0);
  });

  it('copies 100,000 products with their sizes inside the database', async () => {
    const db = await supplierDatabase();
    const source = await provisionedEnvironment(db, 'BIG');
    const target = await provisionedEnvironment(db, 'NEW');
    seedMasterData(db.connection, source, { products: 100_000, sizesPerProduct: 2 });
    const rows = await db.read.countCategoryRows(source, 'assortment');

    const started = performance.now();
    const copied = await db.transaction((tx) => tx.copyCategory(source, target, 'assortment'));
    const ms = performance.now() - started;
    console.log(`copied ${copied} assortment rows (100,000 products, 200,000 sizes) in ${ms.toFixed(0)} ms`);

    expect(copied).toBe(rows);
    expect(rows).toBe(3 + 100_000 + 200_000);
    expect(foreignReferences(db.connection, target, 'assortment')).toBe(0);
  });
});
