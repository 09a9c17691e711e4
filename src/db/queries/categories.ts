/** The 13 copy categories: default rows, copying (see copy.ts) and counting. */
import { and, count, eq } from 'drizzle-orm';
import type { CategoryId } from '../../klant/categories.js';
import {
  DEFAULT_CUSTOM_FIELDS,
  DEFAULT_ORDER_COSTS,
  DEFAULT_ORDER_STATUSES,
  DEFAULT_RETURN_REASONS,
  DEFAULT_ROLE_PERMISSIONS,
  DEFAULT_SETTINGS,
  type SettingsCategory,
} from '../defaults.js';
import type { Repositories } from '../ports.js';
import { categoryTables, copyRows, type CategoryTable } from './copy.js';
import { written, type Engine } from './engine.js';

export function categoryRepositories(
  engine: Engine,
): Pick<Repositories, 'createCategoryDefaults' | 'copyCategory' | 'countCategoryRows'> {
  const tables = categoryTables(engine.tables);
  return {
    async createCategoryDefaults(environmentId, category) {
      return createDefaults(engine, environmentId, category);
    },

    async copyCategory(source, target, category) {
      let count = 0;
      for (const part of tables[category]) count += await copyRows(engine, part, source, target);
      return count;
    },

    async countCategoryRows(environmentId, category) {
      let sum = 0;
      for (const { table, only } of tables[category]) {
        const [row] = await engine.db
          .select({ n: count() })
          .from(table)
          .where(and(eq(table.environmentId, environmentId), only));
        sum += row?.n ?? 0;
      }
      return sum;
    },
  };
}

async function createDefaults(engine: Engine, environmentId: number, category: CategoryId): Promise<number> {
  const { db } = engine;
  const { customFieldAttributes, customFieldClasses, orderCosts, orderStatuses, returnReasons } = engine.tables;
  const { rolePermissions, roles, settings } = engine.tables;
  const insertAll = async <T extends CategoryTable>(table: T, rows: T['$inferInsert'][]): Promise<number> =>
    rows.length === 0 ? 0 : written(db.insert(table).values(rows));

  const settingsRows = (category: SettingsCategory) =>
    insertAll(
      settings,
      Object.entries(DEFAULT_SETTINGS[category]).map(([key, value]) => ({ environmentId, category, key, value })),
    );

  switch (category) {
    case 'customerSettings':
    case 'emailSettings':
    case 'languageSettings':
    case 'validationSettings':
      return settingsRows(category);

    // Refers to this environment's roles, so createStandardRoles must have run.
    case 'permissions': {
      const environmentRoles = await db
        .select({ key: roles.key, id: roles.id })
        .from(roles)
        .where(eq(roles.environmentId, environmentId));
      const roleIds = new Map(environmentRoles.map((role) => [role.key, role.id]));
      const rows = DEFAULT_ROLE_PERMISSIONS.flatMap(({ role, permissions }) => {
        const roleId = roleIds.get(role);
        if (roleId === undefined) throw new Error(`environment ${environmentId} has no role ${role}`);
        return permissions.map((permission) => ({ environmentId, roleId, permission }));
      });
      return insertAll(rolePermissions, rows);
    }

    case 'customFields': {
      let count = 0;
      for (const { attributes, ...fieldClass } of DEFAULT_CUSTOM_FIELDS) {
        const [created] = await db
          .insert(customFieldClasses)
          .values({ ...fieldClass, environmentId })
          .returning({ id: customFieldClasses.id });
        const rows = attributes.map((attribute) => ({ ...attribute, environmentId, classId: created!.id }));
        count += 1 + (await insertAll(customFieldAttributes, rows));
      }
      return count;
    }

    case 'orderStatuses':
      return insertAll(
        orderStatuses,
        DEFAULT_ORDER_STATUSES.map((status, i) => ({ ...status, environmentId, sortOrder: i + 1 })),
      );

    case 'returnReasons':
      return insertAll(
        returnReasons,
        DEFAULT_RETURN_REASONS.map((reason, i) => ({ ...reason, environmentId, sortOrder: i + 1 })),
      );

    case 'orderCosts':
      return insertAll(
        orderCosts,
        DEFAULT_ORDER_COSTS.map((cost) => ({ ...cost, environmentId })),
      );

    // Master data starts empty unless copied.
    case 'employmentTypes':
    case 'functions':
    case 'assortment':
    case 'sets':
      return 0;
  }
}
