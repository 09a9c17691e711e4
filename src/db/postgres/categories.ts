/** The 13 copy categories: default rows, copying (see copy.ts) and counting. */
import { and, count, eq } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
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
import { CATEGORY_TABLES, copyCategoryRows, type CategoryTable } from './copy.js';
import type { PgDb } from './query.js';
import {
  customFieldAttributes,
  customFieldClasses,
  orderCosts,
  orderStatuses,
  returnReasons,
  rolePermissions,
  roles,
  settings,
} from './schema.js';

export function categoryRepositories(
  db: PgDb,
): Pick<Repositories, 'createCategoryDefaults' | 'copyCategory' | 'countCategoryRows'> {
  return {
    async createCategoryDefaults(environmentId, category) {
      return createDefaults(db, environmentId, category);
    },

    async copyCategory(source, target, category) {
      return copyCategoryRows(db, category, source, target);
    },

    async countCategoryRows(environmentId, category) {
      let sum = 0;
      for (const { table, only } of CATEGORY_TABLES[category]) {
        const [row] = await db
          .select({ n: count() })
          .from(table)
          .where(and(eq(table.environmentId, environmentId), only));
        sum += row?.n ?? 0;
      }
      return sum;
    },
  };
}

async function createDefaults(db: PgDb, environmentId: number, category: CategoryId): Promise<number> {
  const insertAll = async <T extends CategoryTable>(table: T, rows: PgInsertValue<T>[]): Promise<number> =>
    rows.length === 0 ? 0 : ((await db.insert(table).values(rows)).rowCount ?? 0);

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
      let written = 0;
      for (const { attributes, ...fieldClass } of DEFAULT_CUSTOM_FIELDS) {
        const [created] = await db
          .insert(customFieldClasses)
          .values({ ...fieldClass, environmentId })
          .returning({ id: customFieldClasses.id });
        const rows = attributes.map((attribute) => ({ ...attribute, environmentId, classId: created!.id }));
        written += 1 + (await insertAll(customFieldAttributes, rows));
      }
      return written;
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
