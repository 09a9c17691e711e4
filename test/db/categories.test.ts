import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, MASTER_DATA_CATEGORIES, type CategoryId } from '../../src/klant/categories.js';
import { DIALECTS, newEnvironment, provisionedEnvironment, supplierDatabase, type TestDb } from './helpers.js';

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

/** A row without its identities: references are replaced by the row they point at, described the same way. */
async function describeRow(t: TestDb, table: string, row: Row): Promise<Row> {
  const keys = await t.foreignKeys(table);
  const described: [string, unknown][] = [];
  for (const [column, value] of Object.entries(row)) {
    if (column === 'id' || column === 'environment_id') continue;
    const key = keys.find((k) => k.from === column);
    if (!key || value === null) {
      described.push([column, value]);
      continue;
    }
    const [parent] = await t.objects(`select * from ${key.table} where id = ?`, value);
    described.push([column, await describeRow(t, key.table, parent!)]);
  }
  return Object.fromEntries(described);
}

async function describeCategory(t: TestDb, environmentId: number, category: CategoryId): Promise<Row[]> {
  const described: Row[] = [];
  for (const [table, only] of TABLES[category]) {
    const rows = await t.objects(
      `select * from ${table} where environment_id = ? ${only ? `and ${only}` : ''} order by id`,
      environmentId,
    );
    for (const row of rows) described.push({ table, ...(await describeRow(t, table, row)) });
  }
  return described;
}

/** Rows of the environment whose references point at a row of another environment. */
async function foreignReferences(t: TestDb, environmentId: number, category: CategoryId): Promise<number> {
  let count = 0;
  for (const [table] of TABLES[category]) {
    for (const key of await t.foreignKeys(table)) {
      if (key.table === 'environments') continue;
      count += Number(
        await t.value(
          `select count(*) from ${table} c join ${key.table} p on p.id = c.${key.from}
           where c.environment_id = ? and p.environment_id <> c.environment_id`,
          environmentId,
        ),
      );
    }
  }
  return count;
}

async function sourceWithEverything(t: TestDb, acro: string): Promise<number> {
  const { db } = t;
  const id = await provisionedEnvironment(db, acro);
  await db.transaction(async (tx) => {
    for (const category of CATEGORY_IDS) await tx.createCategoryDefaults(id, category);
  });
  const [, donker] = await db.read.templates();
  await db.transaction((tx) => tx.applyTemplate(id, donker!.id));
  await t.seedMasterData(id);
  // Differ from the defaults, so that the copy shows it took the source's rows.
  await t.run(
    "update settings set value = 'false' where environment_id = ? and key = 'addressChoice.offerCompanyAddress'",
    id,
  );
  return id;
}

describe.each(DIALECTS)('on %s', (dialect) => {
  describe('category defaults', () => {
    it('fill every configuration category and leave master data empty', async () => {
      const { db } = await supplierDatabase(dialect);
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
      const t = await supplierDatabase(dialect);
      const id = await provisionedEnvironment(t.db, 'NS');
      await t.db.transaction((tx) => tx.createCategoryDefaults(id, 'customerSettings'));
      const value = await t.value(
        "select value from settings where environment_id = ? and key = 'addressChoice.offerCompanyAddress'",
        id,
      );
      expect(value).toBe('true');
    });

    it("give permissions to this environment's roles, each role those of the roles below it and more", async () => {
      const t = await supplierDatabase(dialect);
      await sourceWithEverything(t, 'OTHER');
      const id = await provisionedEnvironment(t.db, 'NS');
      await t.db.transaction((tx) => tx.createCategoryDefaults(id, 'permissions'));

      expect(await foreignReferences(t, id, 'permissions')).toBe(0);
      const byRole = (await t.rows(
        `select r.key, count(*) from role_permissions p join roles r on r.id = p.role_id
       where p.environment_id = ? group by r.key, r.level order by r.level`,
        id,
      )) as [string, number][];
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
      const { db } = await supplierDatabase(dialect);
      const [standaard] = await db.read.templates();
      const id = await db.transaction((tx) => tx.createEnvironment(newEnvironment('NS', standaard!.id)));
      await expect(db.transaction((tx) => tx.createCategoryDefaults(id, 'permissions'))).rejects.toThrow(/no role/);
    });
  });

  describe('copying a category', () => {
    it('copies every category with new identities, references remapped to the target, and the counted rows', async () => {
      const t = await supplierDatabase(dialect);
      const { db } = t;
      const source = await sourceWithEverything(t, 'NS');
      const target = await provisionedEnvironment(db, 'KPN');
      const untouched = ['environments', 'departments', 'files', 'roles', 'users', 'audit_log', 'supplier_admins'];
      const countsBefore = await t.rowCounts();

      for (const category of CATEGORY_IDS) {
        const counted = await db.read.countCategoryRows(source, category);
        const copied = await db.transaction((tx) => tx.copyCategory(source, target, category));

        expect(copied, category).toBe(counted);
        expect(copied, category).toBeGreaterThan(0);
        expect(await db.read.countCategoryRows(target, category), category).toBe(counted);
        expect(await describeCategory(t, target, category), category).toEqual(
          await describeCategory(t, source, category),
        );
        expect(await foreignReferences(t, target, category), category).toBe(0);
        expect(await db.read.countCategoryRows(source, category), category).toBe(counted);
      }

      const countsAfter = await t.rowCounts();
      for (const table of untouched) expect(countsAfter[table], table).toBe(countsBefore[table]);
      const theme = (id: number) =>
        t.value("select count(*) from settings where environment_id = ? and category = 'theme'", id);
      expect(await theme(source)).toBe(3);
      expect(await theme(target)).toBe(0);
    });

    it('copies 100,000 products with their sizes inside the database', async () => {
      const t = await supplierDatabase(dialect);
      const { db } = t;
      const source = await provisionedEnvironment(db, 'BIG');
      const target = await provisionedEnvironment(db, 'NEW');
      await t.seedMasterData(source, { products: 100_000, sizesPerProduct: 2 });
      const rows = await db.read.countCategoryRows(source, 'assortment');

      const started = performance.now();
      const copied = await db.transaction((tx) => tx.copyCategory(source, target, 'assortment'));
      const ms = performance.now() - started;
      console.log(
        `${dialect}: copied ${copied} assortment rows (100,000 products, 200,000 sizes) in ${ms.toFixed(0)} ms`,
      );

      expect(copied).toBe(rows);
      expect(rows).toBe(3 + 100_000 + 200_000);
      expect(await foreignReferences(t, target, 'assortment')).toBe(0);
    });
  });
});
